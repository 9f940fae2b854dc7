// The demo helpdesk's behaviour: an inbox of chats, a thread, a composer, and scripted
// customers. Everything is written with textContent: like a real helpdesk, the page shows
// what people typed, never HTML they sent.
(() => {
  const thread = document.getElementById('thread');
  const inbox = document.getElementById('inbox');
  const title = document.getElementById('chat-title');
  const composer = document.getElementById('composer');
  const send = document.getElementById('send');
  const params = new URLSearchParams(location.search);
  const chats = new Map(globalThis.DEMO_CHATS.map((c) => [c.id, { ...c, messages: [], step: 0 }]));
  // ?bulk=N&chat=ID: a long synthetic chat, for benchmarks of big conversations.
  const bulk = Math.min(20_000, Number(params.get('bulk') ?? 0));
  if (bulk > 0) {
    const id = params.get('chat') ?? 'bulk';
    const lines = ['Where is my order?', 'Let me check that for you.', 'It has been a week, this is frustrating.', 'I understand, I am sorry about the wait.'];
    const history = Array.from({ length: bulk }, (_, i) => ({ author: i % 2 === 0 ? 'customer' : 'agent', text: `${lines[i % 4]} (${i})` }));
    chats.set(id, { id, customer: `Customer ${id}`, lang: 'en', history, script: [], messages: [], step: 0 });
  }
  let current = null;
  let nextId = 1;
  let timer = null;

  const stamp = () => new Date().toISOString();

  function add(chatId, author, text, time = stamp()) {
    const chat = chats.get(chatId);
    const message = { id: `m-${nextId++}`, author, text, time };
    chat.messages.push(message);
    if (chat === current) thread.append(render(message));
    return message;
  }

  function render(message) {
    const li = document.createElement('li');
    li.className = 'msg';
    li.dataset.demoMessage = '';
    li.dataset.messageId = message.id;
    li.dataset.author = message.author;
    const text = document.createElement('span');
    text.dataset.demoText = '';
    text.textContent = message.text;
    const time = document.createElement('time');
    time.dateTime = message.time;
    time.textContent = new Date(message.time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    li.append(text, time);
    return li;
  }

  function open(chatId) {
    current = chats.get(chatId);
    thread.dataset.conversationId = current.id;
    thread.dataset.customerName = current.customer;
    title.textContent = `Chat with ${current.customer}`;
    thread.replaceChildren(...current.messages.map(render));
    for (const button of inbox.querySelectorAll('button')) button.setAttribute('aria-current', String(button.dataset.chat === chatId));
  }

  function playNext() {
    const chat = current;
    const line = chat.script[chat.step];
    if (!line) return pause();
    chat.step += 1;
    add(chat.id, line.author, line.text);
  }

  function play() {
    document.getElementById('play').disabled = true;
    document.getElementById('pause').disabled = false;
    playNext();
    timer = setInterval(playNext, Number(params.get('interval') ?? 2500));
  }

  function pause() {
    clearInterval(timer);
    document.getElementById('play').disabled = false;
    document.getElementById('pause').disabled = true;
  }

  for (const chat of chats.values()) {
    for (const line of chat.history) add(chat.id, line.author, line.text, new Date(Date.now() - 5 * 60_000).toISOString());
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.chat = chat.id;
    button.textContent = chat.customer;
    button.addEventListener('click', () => open(chat.id));
    li.append(button);
    inbox.append(li);
  }

  composer.addEventListener('input', () => {
    send.disabled = composer.textContent.trim() === '';
  });
  document.getElementById('composer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = composer.textContent.trim();
    if (!text) return;
    add(current.id, 'agent', text);
    composer.textContent = '';
    send.disabled = true;
  });
  document.getElementById('play').addEventListener('click', play);
  document.getElementById('pause').addEventListener('click', pause);

  // For tests and demos: append a message as if the helpdesk received it.
  window.demoHelpdesk = {
    add: (author, text, chatId = current.id) => add(chatId, author, text).id,
    open,
    sent: () => current.messages.filter((m) => m.author === 'agent').map((m) => m.text),
  };

  open(params.get('chat') ?? 'c-1001');
  if (params.get('autoplay') === '1') play();
})();
