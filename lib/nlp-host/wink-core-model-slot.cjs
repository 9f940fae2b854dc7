// Stands in for wink's 3 MB core model JSON in the extension build (wxt.config.ts aliases it):
// an empty object that load-wink-analyzer.ts fills from the packaged JSON file just before
// wink reads it, so the model is parsed as JSON rather than evaluated as a JS literal.
globalThis.__tactWinkCoreModel ??= {};
module.exports = globalThis.__tactWinkCoreModel;
