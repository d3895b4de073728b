// Registry of the ai-disclosure rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import undisclosedAi from './undisclosed-ai.js';
import unapprovedTool from './unapproved-tool.js';
import humanReview from './human-review.js';
import aiMedia from './ai-media.js';
import chatbotLeftover from './chatbot-leftover.js';

export const ai_disclosureRules: Rule[] = [undisclosedAi, unapprovedTool, humanReview, aiMedia, chatbotLeftover];
