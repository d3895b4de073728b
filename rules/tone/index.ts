// Registry of the tone rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import profanity from './profanity.js';
import shouting from './shouting.js';
import hostileReply from './hostile-reply.js';
import insult from './insult.js';
import insensitive from './insensitive.js';

export const toneRules: Rule[] = [profanity, shouting, hostileReply, insult, insensitive];
