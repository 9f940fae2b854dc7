// Stands in for wink's 3 MB core model JSON in the extension build (wxt.config.ts aliases it):
// an empty object that load-analyzer.ts fills from the packaged JSON file just before wink
// reads it, so a worker that wakes for anything else never parses the model.
globalThis.__tactWinkCoreModel ??= {};
module.exports = globalThis.__tactWinkCoreModel;
