// Registry of the tone rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import profanity from './profanity.js';
import shouting from './shouting.js';
import hostileReply from './hostile-reply.js';
import insult from './insult.js';
import insensitive from './insensitive.js';
import flippantAboutHarm from './flippant-about-harm.js';
import hostileReplyOtherLanguages from './hostile-reply-other-languages.js';

export const toneRules: Rule[] = [profanity, shouting, hostileReply, hostileReplyOtherLanguages, insult, insensitive, flippantAboutHarm];
