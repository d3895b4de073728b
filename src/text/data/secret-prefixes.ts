// Data: credential formats with a distinctive literal, read by the one generic matcher in ../secrets.ts.
// Facts (prefixes, alphabets, lengths) from gitleaks' rules (github.com/gitleaks/gitleaks, config/gitleaks.toml
// at b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b) and the providers' token documentation; no code taken.
//
// Each entry: `lit` is the literal the text must contain (the cheap gate); `before` are fixed-length
// segments just before it (for formats whose literal is not at the start: Azure `…Q~…`, MaxMind `…_mmk`);
// `body` the segments after it. A segment is a literal string or [character class, min, max = min].
// `entropy` (bits per character of the whole token) where the literal alone is short or common.
// Entries sharing a literal are tried in order; put the more specific first.

export type SecretSegment = string | readonly [chars: string, min: number, max?: number];

export interface SecretPrefix {
  /** Kind id reported (`github-token`); several entries may share one. */
  kind: string;
  /** What it is, for a message ("a GitHub token"). */
  label: string;
  lit: string;
  before?: readonly SecretSegment[];
  body: readonly SecretSegment[];
  entropy?: number;
}

const W = 'A-Za-z0-9_';
const WD = 'A-Za-z0-9_-';
const AN = 'A-Za-z0-9';
const B64 = 'A-Za-z0-9+/';
const HEX = 'a-fA-F0-9';
const UUID: readonly SecretSegment[] = [['a-fA-F0-9', 8], '-', ['a-fA-F0-9', 4], '-', ['a-fA-F0-9', 4], '-', ['a-fA-F0-9', 4], '-', ['a-fA-F0-9', 12]];

const each = (lits: readonly string[], e: Omit<SecretPrefix, 'lit'>): SecretPrefix[] => lits.map((lit) => ({ ...e, lit }));

export const SECRET_PREFIXES: readonly SecretPrefix[] = [
  // 1Password
  { kind: '1password-secret-key', label: 'a 1Password secret key', lit: 'A3-', body: [['A-Z0-9', 6], '-', ['A-Z0-9', 11], '-', ['A-Z0-9', 5], '-', ['A-Z0-9', 5], '-', ['A-Z0-9', 5]], entropy: 3.8 },
  { kind: '1password-secret-key', label: 'a 1Password secret key', lit: 'A3-', body: [['A-Z0-9', 6], '-', ['A-Z0-9', 6], '-', ['A-Z0-9', 5], '-', ['A-Z0-9', 5], '-', ['A-Z0-9', 5], '-', ['A-Z0-9', 5]], entropy: 3.8 },
  { kind: '1password-token', label: 'a 1Password service account token', lit: 'ops_eyJ', body: [[B64, 250, 4000], ['=', 0, 3]] },
  // Adobe, Age, Airtable, Alibaba
  { kind: 'adobe-client-secret', label: 'an Adobe client secret', lit: 'p8e-', body: [[AN, 32]] },
  { kind: 'age-secret-key', label: 'an age encryption secret key', lit: 'AGE-SECRET-KEY-1', body: [['QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58]] },
  { kind: 'airtable-token', label: 'an Airtable personal access token', lit: 'pat', body: [[AN, 14], '.', ['a-f0-9', 64]] },
  { kind: 'alibaba-access-key', label: 'an Alibaba Cloud access key ID', lit: 'LTAI', body: [[AN, 20]], entropy: 3 },
  // Anthropic, OpenAI, Perplexity, Hugging Face
  ...each(['sk-ant-api03-', 'sk-ant-admin01-'], { kind: 'anthropic-key', label: 'an Anthropic API key', body: [[WD, 80, 120]] }),
  { kind: 'openai-key', label: 'an OpenAI API key', lit: 'sk-', body: [[WD, 20, 200], 'T3BlbkFJ', [WD, 20, 200]] },
  ...each(['sk-proj-', 'sk-svcacct-', 'sk-admin-'], { kind: 'openai-key', label: 'an OpenAI API key', body: [[WD, 40, 250]] }),
  { kind: 'perplexity-key', label: 'a Perplexity API key', lit: 'pplx-', body: [[AN, 48]] },
  { kind: 'huggingface-token', label: 'a Hugging Face access token', lit: 'hf_', body: [['A-Za-z', 34]], entropy: 2 },
  { kind: 'huggingface-token', label: 'a Hugging Face organization token', lit: 'api_org_', body: [['A-Za-z', 34]], entropy: 2 },
  // Artifactory / JFrog
  { kind: 'artifactory-key', label: 'an Artifactory API key', lit: 'AKCp', body: [[AN, 69]], entropy: 4.5 },
  { kind: 'artifactory-key', label: 'an Artifactory reference token', lit: 'cmVmd', body: [[AN, 59]], entropy: 4.5 },
  // Atlassian
  { kind: 'atlassian-token', label: 'an Atlassian API token', lit: 'ATATT3', body: [['A-Za-z0-9_=-', 150, 300]] },
  // Authress
  ...each(['sc_', 'ext_', 'scauth_', 'authress_'], { kind: 'authress-key', label: 'an Authress access key', body: [[AN, 5, 30], '.', [AN, 4, 6], '.acc', ['_-', 1], ['a-zA-Z0-9-', 10, 32], '.', ['a-zA-Z0-9+/_=-', 30, 120]] }),
  // AWS (access key IDs and other IAM unique IDs; Bedrock API keys)
  ...each(['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'APKA'], { kind: 'aws-access-key', label: 'an AWS access key ID', body: [['A-Z0-9', 16]], entropy: 3 }),
  { kind: 'aws-access-key', label: 'an AWS access key ID', lit: 'A3T', body: [['A-Z0-9', 17]], entropy: 3 },
  { kind: 'aws-bedrock-key', label: 'an Amazon Bedrock API key', lit: 'ABSK', body: [[B64, 109, 269], ['=', 0, 2]] },
  { kind: 'aws-bedrock-key', label: 'an Amazon Bedrock API key', lit: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', body: [['A-Za-z0-9+/=%_-', 0, 4000]] },
  // Azure AD client secret: three characters and a digit before `Q~`
  { kind: 'azure-client-secret', label: 'an Azure AD client secret', lit: 'Q~', before: [['a-zA-Z0-9_~.', 3], ['0-9', 1]], body: [['a-zA-Z0-9_~.-', 31, 34]], entropy: 3 },
  // Beamer, ClickHouse, Clojars, Cloudflare, Databricks
  { kind: 'beamer-token', label: 'a Beamer API token', lit: 'b_', body: [['a-zA-Z0-9=_-', 44]], entropy: 3.5 },
  { kind: 'clickhouse-key', label: 'a ClickHouse Cloud API secret', lit: '4b1d', body: [[AN, 38]], entropy: 3 },
  { kind: 'clojars-token', label: 'a Clojars deploy token', lit: 'CLOJARS_', body: [[AN, 60]], entropy: 2 },
  { kind: 'cloudflare-key', label: 'a Cloudflare Origin CA key', lit: 'v1.0-', body: [['a-f0-9', 24], '-', ['a-f0-9', 146]] },
  { kind: 'databricks-token', label: 'a Databricks API token', lit: 'dapi', body: [['a-f0-9', 32], ['-0-9', 0, 2]], entropy: 3 },
  // Defined Networking, DigitalOcean, Doppler, Dropbox, Duffel, Dynatrace
  { kind: 'defined-networking-token', label: 'a Defined Networking API token', lit: 'dnkey-', body: [['a-zA-Z0-9=_-', 79]] },
  ...each(['dop_v1_', 'doo_v1_', 'dor_v1_'], { kind: 'digitalocean-token', label: 'a DigitalOcean token', body: [['a-f0-9', 64]], entropy: 3 }),
  ...each(['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], { kind: 'doppler-token', label: 'a Doppler token', body: [[AN, 40, 44]], entropy: 2 }),
  { kind: 'dropbox-token', label: 'a Dropbox short-lived token', lit: 'sl.', body: [['a-zA-Z0-9=_-', 135, 1400]] },
  ...each(['duffel_test_', 'duffel_live_'], { kind: 'duffel-token', label: 'a Duffel API token', body: [['a-zA-Z0-9_=-', 43]], entropy: 2 }),
  { kind: 'dynatrace-token', label: 'a Dynatrace API token', lit: 'dt0c01.', body: [[AN, 24], '.', [AN, 64]], entropy: 4 },
  // EasyPost, Facebook/Meta, Flutterwave, Fly.io, Frame.io
  ...each(['EZAK', 'EZTK'], { kind: 'easypost-token', label: 'an EasyPost API key', body: [[AN, 54]], entropy: 2 }),
  ...each(['EAAM', 'EAAC', 'EAAG', 'EAAB', 'EAAI', 'EAAJ', 'EAAD'], { kind: 'facebook-token', label: 'a Facebook access token', body: [[AN, 96, 400]] }),
  ...each(['FLWPUBK_TEST-', 'FLWSECK_TEST-', 'FLWPUBK-', 'FLWSECK-'], { kind: 'flutterwave-key', label: 'a Flutterwave API key', body: [['a-hA-H0-9', 32], '-X'] }),
  { kind: 'flutterwave-key', label: 'a Flutterwave encryption key', lit: 'FLWSECK_TEST-', body: [['a-hA-H0-9', 12]], entropy: 2 },
  { kind: 'flyio-token', label: 'a Fly.io access token', lit: 'fo1_', body: [[WD, 43]], entropy: 4 },
  ...each(['fm1a_', 'fm1r_', 'fm2_'], { kind: 'flyio-token', label: 'a Fly.io access token', body: [[B64, 100, 4000], ['=', 0, 3]], entropy: 4 }),
  { kind: 'frameio-token', label: 'a Frame.io API token', lit: 'fio-u-', body: [['a-zA-Z0-9=_-', 64]] },
  // GitHub
  ...each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], { kind: 'github-token', label: 'a GitHub token', body: [[AN, 36, 255]], entropy: 3 }),
  { kind: 'github-token', label: 'a GitHub fine-grained token', lit: 'github_pat_', body: [[W, 22, 255]], entropy: 3 },
  // GitLab
  ...each(['glpat-', 'glptt-', 'gldt-', 'glrt-', 'glft-', 'glsoat-', 'glffct-', 'glimt-', 'glagent-', 'gloas-', 'glcbt-'], { kind: 'gitlab-token', label: 'a GitLab token', body: [['A-Za-z0-9_.-', 20, 320]], entropy: 3 }),
  { kind: 'gitlab-token', label: 'a GitLab runner registration token', lit: 'GR1348941', body: [[WD, 20]], entropy: 3 },
  { kind: 'gitlab-token', label: 'a GitLab session cookie', lit: '_gitlab_session=', body: [['a-z0-9', 32]], entropy: 3 },
  // Google
  { kind: 'google-api-key', label: 'a Google API key', lit: 'AIza', body: [[WD, 35]] },
  { kind: 'google-oauth-secret', label: 'a Google OAuth client secret', lit: 'GOCSPX-', body: [[WD, 28]] },
  // Grafana
  { kind: 'grafana-token', label: 'a Grafana API key', lit: 'eyJrIjoi', body: [[AN, 70, 400], ['=', 0, 3]], entropy: 3 },
  { kind: 'grafana-token', label: 'a Grafana Cloud token', lit: 'glc_', body: [[B64, 32, 400], ['=', 0, 3]], entropy: 3 },
  { kind: 'grafana-token', label: 'a Grafana service account token', lit: 'glsa_', body: [[AN, 32], '_', [HEX, 8]], entropy: 3 },
  // Harness, HashiCorp (Terraform Cloud, Vault), Heroku
  ...each(['pat.', 'sat.'], { kind: 'harness-key', label: 'a Harness API key', body: [[WD, 22], '.', [AN, 24], '.', [AN, 20]] }),
  { kind: 'terraform-token', label: 'a Terraform Cloud API token', lit: '.atlasv1.', before: [['a-zA-Z0-9', 14]], body: [['a-zA-Z0-9=_-', 60, 70]], entropy: 3.5 },
  { kind: 'vault-token', label: 'a HashiCorp Vault batch token', lit: 'hvb.', body: [[WD, 138, 300]], entropy: 4 },
  { kind: 'vault-token', label: 'a HashiCorp Vault service token', lit: 'hvs.', body: [[WD, 90, 120]], entropy: 3.5 },
  { kind: 'heroku-key', label: 'a Heroku API key', lit: 'HRKU-AA', body: [[WD, 58]], entropy: 4 },
  // Infracost, Intra42, Linear, Mailgun, Mapbox, MaxMind
  { kind: 'infracost-token', label: 'an Infracost API token', lit: 'ico-', body: [[AN, 32]], entropy: 3 },
  ...each(['s-s4t2ud-', 's-s4t2af-'], { kind: 'intra42-secret', label: 'an Intra42 client secret', body: [[HEX, 64]], entropy: 3 }),
  { kind: 'linear-key', label: 'a Linear API key', lit: 'lin_api_', body: [[AN, 40]], entropy: 2 },
  ...each(['key-', 'pubkey-'], { kind: 'mailgun-key', label: 'a Mailgun API key', body: [['a-f0-9', 32]], entropy: 3 }),
  ...each(['pk.', 'sk.'], { kind: 'mapbox-token', label: 'a Mapbox access token', body: [['a-zA-Z0-9', 60], '.', ['a-zA-Z0-9_-', 22]] }),
  { kind: 'maxmind-key', label: 'a MaxMind licence key', lit: '_mmk', before: [[AN, 6], '_', [AN, 29]], body: [], entropy: 4 },
  // Mailchimp: 32 hex, then the data-centre suffix
  { kind: 'mailchimp-key', label: 'a Mailchimp API key', lit: '-us', before: [['a-f0-9', 32]], body: [['0-9', 1, 2]] },
  // New Relic, Notion, npm, Octopus Deploy, Okta, OpenShift
  { kind: 'newrelic-key', label: 'a New Relic API key', lit: 'NRAK-', body: [['A-Z0-9', 27]] },
  { kind: 'newrelic-key', label: 'a New Relic insert key', lit: 'NRII-', body: [['a-zA-Z0-9-', 32]] },
  { kind: 'newrelic-key', label: 'a New Relic browser API token', lit: 'NRJS-', body: [['a-f0-9', 19]] },
  { kind: 'notion-token', label: 'a Notion API token', lit: 'ntn_', body: [['0-9', 11], [AN, 35]], entropy: 4 },
  { kind: 'npm-token', label: 'an npm token', lit: 'npm_', body: [[AN, 36]], entropy: 2 },
  { kind: 'octopus-key', label: 'an Octopus Deploy API key', lit: 'API-', body: [['A-Z0-9', 26]], entropy: 3 },
  { kind: 'openshift-token', label: 'an OpenShift user token', lit: 'sha256~', body: [[WD, 43]], entropy: 3.5 },
  // PlanetScale, Plaid, Postman, Prefect, Pulumi, PyPI, ReadMe, RubyGems
  ...each(['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_'], { kind: 'planetscale-token', label: 'a PlanetScale token', body: [['A-Za-z0-9_=.-', 32, 64]], entropy: 3 }),
  ...each(['access-sandbox-', 'access-development-', 'access-production-'], { kind: 'plaid-token', label: 'a Plaid access token', body: UUID }),
  { kind: 'postman-key', label: 'a Postman API key', lit: 'PMAK-', body: [[HEX, 24], '-', [HEX, 34]], entropy: 3 },
  { kind: 'prefect-key', label: 'a Prefect API key', lit: 'pnu_', body: [[AN, 36]], entropy: 2 },
  { kind: 'pulumi-token', label: 'a Pulumi access token', lit: 'pul-', body: [['a-f0-9', 40]], entropy: 2 },
  { kind: 'pypi-token', label: 'a PyPI upload token', lit: 'pypi-AgEIcHlwaS5vcmc', body: [[WD, 50, 1000]] },
  { kind: 'readme-key', label: 'a ReadMe API key', lit: 'rdme_', body: [['a-z0-9', 70]], entropy: 2 },
  { kind: 'rubygems-key', label: 'a RubyGems API key', lit: 'rubygems_', body: [['a-f0-9', 48]], entropy: 2 },
  // Scalingo, SendGrid, Brevo (Sendinblue), Sentry, SettleMint, Shippo, Shopify
  { kind: 'scalingo-token', label: 'a Scalingo API token', lit: 'tk-us-', body: [[WD, 48]], entropy: 2 },
  { kind: 'sendgrid-key', label: 'a SendGrid API key', lit: 'SG.', body: [['a-zA-Z0-9=_.-', 66]], entropy: 2 },
  { kind: 'sendinblue-key', label: 'a Brevo (Sendinblue) API key', lit: 'xkeysib-', body: [['a-f0-9', 64], '-', [AN, 16]], entropy: 2 },
  { kind: 'sentry-token', label: 'a Sentry organization token', lit: 'sntrys_eyJ', body: [['A-Za-z0-9+/=', 20, 600], '_', [B64, 43]] },
  { kind: 'sentry-token', label: 'a Sentry user token', lit: 'sntryu_', body: [['a-f0-9', 64]], entropy: 3.5 },
  ...each(['sm_aat_', 'sm_pat_', 'sm_sat_'], { kind: 'settlemint-token', label: 'a SettleMint access token', body: [[AN, 16]], entropy: 3 }),
  ...each(['shippo_live_', 'shippo_test_'], { kind: 'shippo-token', label: 'a Shippo API token', body: [[HEX, 40]], entropy: 2 }),
  ...each(['shpat_', 'shpca_', 'shppa_', 'shpss_'], { kind: 'shopify-token', label: 'a Shopify access token', body: [[HEX, 32]], entropy: 2 }),
  // Slack
  // Slack: bot tokens `xoxb-<8–14 digits>-…`, user tokens `xoxp-<10–13 digits>-…`, configuration tokens
  // `xoxe.xoxp-1-…` and `xoxe-1-…`, legacy `xoxa-`/`xoxr-` (alphanumeric) and `xoxo-`/`xoxs-` (digit groups).
  { kind: 'slack-token', label: 'a Slack bot token', lit: 'xoxb-', body: [['0-9', 8, 14], '-', ['A-Za-z0-9-', 10, 250]] },
  ...each(['xoxp-', 'xoxe-'], { kind: 'slack-token', label: 'a Slack user token', body: [['0-9', 10, 13], '-', ['A-Za-z0-9-', 20, 250]] }),
  ...each(['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-'], { kind: 'slack-token', label: 'a Slack configuration token', body: [['0-9', 1], '-', [AN, 100, 200]] }),
  ...each(['xoxa-', 'xoxr-'], { kind: 'slack-token', label: 'a Slack token', body: [['0-9-', 0, 2], [AN, 8, 48]], entropy: 3 }),
  ...each(['xoxo-', 'xoxs-'], { kind: 'slack-token', label: 'a Slack token', body: [['0-9', 1, 20], '-', ['0-9', 1, 20], '-', ['A-Za-z0-9-', 10, 250]] }),
  { kind: 'slack-token', label: 'a Slack app token', lit: 'xapp-', body: [['0-9', 1], '-', ['A-Za-z0-9-', 10, 250]] },
  // SonarQube, Sourcegraph, Square, Stripe
  ...each(['squ_', 'sqp_', 'sqa_'], { kind: 'sonar-token', label: 'a SonarQube token', body: [['a-zA-Z0-9', 40]], entropy: 3 }),
  { kind: 'sourcegraph-token', label: 'a Sourcegraph access token', lit: 'sgp_', body: [['a-zA-Z0-9_', 40, 62]], entropy: 3 },
  ...each(['EAAA', 'sq0atp-'], { kind: 'square-token', label: 'a Square access token', body: [[WD, 22, 60]], entropy: 2 }),
  { kind: 'square-token', label: 'a Square application secret', lit: 'sq0csp-', body: [[WD, 40, 50]], entropy: 2 },
  ...each(['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'], { kind: 'stripe-key', label: 'a Stripe live secret key', body: [[AN, 10, 247]], entropy: 2 }),
  ...each(['sk_test_', 'rk_test_'], { kind: 'stripe-test-key', label: 'a Stripe test secret key', body: [[AN, 10, 247]], entropy: 2 }),
  // Twilio, Typeform, X (Twitter) bearer tokens, Yandex
  { kind: 'twilio-key', label: 'a Twilio API key', lit: 'SK', body: [[HEX, 32]], entropy: 3 },
  { kind: 'typeform-token', label: 'a Typeform API token', lit: 'tfp_', body: [['a-zA-Z0-9_.=-', 59]], entropy: 2 },
  { kind: 'x-bearer-token', label: 'an X (Twitter) bearer token', lit: 'AAAAAAAAAAAAAAAAAAAAA', body: [['A', 1], ['A-Za-z0-9%', 80, 120]] },
  { kind: 'yandex-key', label: 'a Yandex API key', lit: 'AQVN', body: [[WD, 35, 38]], entropy: 3 },
  { kind: 'yandex-key', label: 'a Yandex access token', lit: 't1.', body: [[WD, 1, 200], ['=', 0, 2], '.', [WD, 86], ['=', 0, 2]] },
  { kind: 'yandex-key', label: 'a Yandex Cloud access key', lit: 'YC', body: [[WD, 38]], entropy: 4 },
  // HashiCorp Vault legacy service token (`s.` + 24): the literal is short, so more entropy is asked.
  { kind: 'vault-token', label: 'a HashiCorp Vault token', lit: 's.', body: [[AN, 24]], entropy: 4 },
  // Okta API tokens start `00`; as common as the digits themselves, so random-looking ones only.
  { kind: 'okta-token', label: 'an Okta API token', lit: '00', body: [['A-Za-z0-9=_-', 40]], entropy: 4 },
  // JSON Web Tokens: header and payload are base64url JSON (`{"…` is `eyJ`).
  { kind: 'jwt', label: 'a JSON Web Token', lit: 'eyJ', body: [[WD, 8, 2000], '.eyJ', [WD, 8, 4000], '.', [WD, 0, 1000]] },
];

/**
 * Example credentials printed in providers' documentation (AWS's access key pair, jwt.io's sample token's
 * signature, Stripe's test key): text containing one is an example, never a leak.
 */
export const DOCUMENTED_EXAMPLES: readonly string[] = [
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
];
