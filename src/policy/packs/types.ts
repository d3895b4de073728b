import type { Citation, Platform } from '../../types.js';
import type { Topic } from '../topics.js';

/** A jurisdiction's (or the international baseline's) citations by topic. Data only. */
/** A citation in a pack; `platforms` limits it to drafts for those platforms (not part of the output). */
export interface PackCitation extends Citation {
  platforms?: readonly Platform[];
}

export interface PolicyPack {
  id: string;
  name: string;
  topics: Partial<Record<Topic, PackCitation[]>>;
}
