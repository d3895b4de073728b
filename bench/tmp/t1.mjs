import { createLinter } from '../../dist/src/index.js';
const l = await createLinter();
for (const t of ['This is **bull**shit. riverside.gov.uk', 'This is bull*shit. uk', 'what a bull&shy;shit plan uk', 'total bullshit-laden plan uk', 'it is sh\\it uk', 'Image ![a bullshit photo](x.png) uk', 'Image ![a bullshit photo](x.png)','what a load of bollocks-y stuff uk','The c-u-n-t uk', 'it is f&#117;cked uk']) {
  const r = await l.lintAsync(t);
  console.log(JSON.stringify(t), r.findings.filter(f=>f.ruleId==='tone/profanity').map(f=>f.excerpt));
}
