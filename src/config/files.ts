// The names a config file may have, nearest directory first (src/node.ts findConfigFile). A module of its
// own so the language server can watch them without loading the config loader and the engine.
export const CONFIG_FILES = ['commslint.config.json', 'commslint.config.yaml', 'commslint.config.yml', 'commslint.config.js', 'commslint.config.mjs'] as const;
