// Words of public-sector posts that the generated English lists (src/text/english-words.ts: Dale–Chall,
// Spache, compromise's lexicon) lack: events, places and facilities, services, transport, environment and
// emergencies, and te reo Māori words common in New Zealand posts (four letters or more, without macrons,
// as hashtags write them). Data only, for splitting one-case hashtags (#tawhitisummerfestival →
// Tawhiti|Summer|Festival); not used by the reading-level or classifier features, whose word lists are
// fixed with their trained weights. Compounds whose first part is often a name ("greenway": Nore|Valley|
// Greenway) are left out, so such tags keep the no-guess message rather than a wrong split.
export const POST_WORDS: readonly string[] = [
  // events
  'festival', 'festivals', 'fest', 'carnival', 'fiesta', 'gala', 'expo', 'showcase', 'jubilee', 'regatta', 'triathlon', 'fundraiser',
  'roadshow', 'concert', 'concerts', 'celebration', 'celebrations', 'anniversary', 'tournament', 'championship', 'championships', 'league',
  'exhibition', 'exhibitions', 'session', 'sessions', 'fete', 'bazaar', 'memorial', 'ceremony', 'ceremonies', 'collection', 'collections',
  // places and facilities
  'domain', 'foreshore', 'waterfront', 'precinct', 'township', 'skatepark', 'aquatic', 'aquatics', 'marina', 'wharf', 'jetty', 'hub',
  'stadium', 'arena', 'rink', 'lagoon', 'cove', 'peninsula', 'coastal', 'estuary', 'wetland', 'wetlands', 'dunes', 'summit', 'walkway',
  'cycleway', 'pathway', 'trail', 'trails', 'motorway', 'junction', 'intersection', 'roundabout', 'footpath', 'footpaths',
  'kerb', 'kerbside', 'curbside', 'carpark', 'zealand',
  // services and transport
  'census', 'wellness', 'flu', 'covid', 'ferry', 'transit', 'metro', 'tram', 'shuttle', 'scooters', 'ebike', 'ebikes', 'carpool', 'rideshare',
  'unity', 'cultural', 'adoption', 'prevention', 'preparedness', 'evacuation', 'defence',
  // environment and emergencies
  'netzero', 'emissions', 'pest', 'predator', 'restoration', 'graffiti', 'wildfire', 'bushfire', 'cyclone', 'earthquake', 'tsunami', 'drought',
  // te reo Māori
  'haka', 'kapa', 'waka', 'marae', 'whanau', 'aroha', 'tamariki', 'rangatahi', 'kaumatua', 'wananga', 'powhiri', 'pasifika', 'matariki',
];
