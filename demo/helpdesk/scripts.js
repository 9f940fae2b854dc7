// The demo customers' scripts. Each chat starts with some history; `script` lines are played
// one by one (▶ Play), waiting for the agent's reply where `await: 'agent'` says so.
globalThis.DEMO_CHATS = [
  {
    id: 'c-1001',
    customer: 'Anna de Vries',
    lang: 'en',
    history: [
      { author: 'system', text: 'Chat started via the website widget' },
      { author: 'customer', text: 'Hi, I ordered a coffee machine last week (order NW-48213) and it still has not arrived.' },
      { author: 'agent', text: 'Hi Anna, thanks for reaching out. Let me check the status of order NW-48213 for you.' },
    ],
    script: [
      { author: 'customer', text: 'This is the third time I am asking about this. Honestly, this is ridiculous!!' },
      { author: 'customer', text: 'I needed it for a birthday on Saturday and now it is too late. Really disappointed 😡' },
      { author: 'note', text: 'Carrier shows the parcel stuck at the depot since Monday.' },
      { author: 'agent', text: 'I am so sorry, Anna. The parcel is stuck at the depot. I can send a new one today by express, so it arrives on Thursday. Would that work for you?' },
      { author: 'customer', text: 'Okay, a replacement by Thursday would actually help. Thank you.' },
      { author: 'customer', text: 'Great, that solved it, thanks so much for your help! 🙂' },
    ],
  },
  {
    id: 'c-1002',
    customer: 'Daan Jansen',
    lang: 'nl',
    history: [{ author: 'bot', text: 'Welkom bij Northwind! Een medewerker helpt je zo.' }],
    script: [
      { author: 'customer', text: 'Goedemiddag, mijn waterkoker (bestelling NW-51877) lekt sinds gisteren.' },
      { author: 'customer', text: 'Niet goed, echt slecht! Ik heb hem pas twee weken.' },
      { author: 'agent', text: 'Vervelend dat je waterkoker lekt, Daan. Ik stuur je vandaag kosteloos een nieuwe.' },
      { author: 'customer', text: 'Oké, een nieuwe sturen is prima. Bedankt voor de snelle hulp!' },
    ],
  },
  {
    id: 'c-1003',
    customer: 'Sam Okafor',
    lang: 'en',
    history: [{ author: 'customer', text: 'Hello, I need help with my account. I cannot reset my password.' }],
    script: [
      { author: 'customer', text: 'I tried the reset link twice but the email never comes.' },
      { author: 'customer', text: 'Found it in my spam folder, all good now. Thanks!' },
    ],
  },
];
