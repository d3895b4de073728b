// Kept for older imports: every formatter (stylish, json, sarif, github, junit, markdown) is now
// registered by ./index.js itself, so the library's `format()` and the CLI offer the same six.
import './index.js';
