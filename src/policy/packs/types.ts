import type { Citation } from '../../types.js';
import type { Topic } from '../topics.js';

/** A jurisdiction's (or the international baseline's) citations by topic. Data only. */
export interface PolicyPack {
  id: string;
  name: string;
  topics: Partial<Record<Topic, Citation[]>>;
}
