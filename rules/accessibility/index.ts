// Registry of the accessibility rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import altText from './alt-text.js';
import allCaps from './all-caps.js';
import emoji from './emoji.js';
import fancyText from './fancy-text.js';
import hashtagCase from './hashtag-case.js';
import hashtagCount from './hashtag-count.js';
import linkText from './link-text.js';

export const accessibilityRules: Rule[] = [hashtagCase, hashtagCount, emoji, fancyText, altText, linkText, allCaps];
