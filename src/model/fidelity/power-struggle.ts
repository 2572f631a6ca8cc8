import type { FidelityStatement } from './statement';

/** Statements from slides 25–42, checked against the built graph. */
export const statements: FidelityStatement[] = [
  // Roots of Stalin's power, posts (slides 25–29)
  { says: "With Lenin's backing Stalin had become a member of the Central Committee by 1912", slide: 25, source: 'stalin', type: 'member-of', target: 'central-committee', year: 1912 },
  { says: 'Stalin helped to found the Party newspaper Pravda', slide: 25, source: 'stalin', type: 'introduced', target: 'pravda', year: 1912 },
  { says: 'Stalin was loyal to Lenin after his return to Petrograd in April 1917', slide: 26, source: 'stalin', type: 'supported', target: 'lenin', year: 1917 },
  { says: 'Stalin opposed the "October Deserters" such as Kamenev and Zinoviev, 1917', slide: 26, source: 'stalin', type: 'opposed', target: 'october-deserters', year: 1917 },
  { says: 'Stalin was Commissar for Nationalities', slide: 26, source: 'stalin', type: 'led', target: 'commissariat-for-nationalities', year: 1917 },
  { says: "Lenin's Testament criticised Stalin for concentrating enormous power in his hands", slide: 27, source: 'lenin', type: 'opposed', target: 'stalin', year: 1922 },
  { says: "Stalin called Lenin's wife a whore", slide: 27, source: 'stalin', type: 'opposed', target: 'krupskaya', year: 1922 },
  { says: 'The Secretariat was staffed and controlled by the Bolshevik Party', slide: 28, source: 'secretariat', type: 'part-of', target: 'bolshevik-party' },
  { says: 'Stalin held key posts in the government (Council of People\'s Commissars)', slide: 28, source: 'stalin', type: 'member-of', target: 'sovnarkom', year: 1917 },
  { says: 'Stalin was General Secretary of the Communist Party', slide: 29, source: 'stalin', type: 'led', target: 'secretariat', year: 1922 },
  { says: 'Stalin was liaison officer between the Politburo and the Orgburo', slide: 29, source: 'stalin', type: 'member-of', target: 'orgburo', year: 1919 },
  { says: "Stalin headed the Workers' and Peasants' Inspectorate (Rabkrin)", slide: 29, source: 'stalin', type: 'led', target: 'rabkrin', year: 1920 },
  { says: 'Between 1923 and 1925 the Party ran the Lenin Enrolment to recruit true proletarians', slide: 29, source: 'bolshevik-party', type: 'introduced', target: 'lenin-enrolment', year: 1923 },

  // Lenin legacy, funeral, Testament (slides 30–32)
  { says: 'Stalin set himself up as heir to the "Lenin legacy"', slide: 30, source: 'stalin', type: 'supported', target: 'lenin-legacy', year: 1924 },
  { says: "Stalin delivered the oration at Lenin's funeral as leading mourner", slide: 31, source: 'stalin', type: 'led', target: 'lenins-funeral', year: 1924 },
  { says: "After Lenin's death the Politburo proclaimed a collective leadership", slide: 31, source: 'politburo', type: 'supported', target: 'collective-leadership', year: 1924 },
  { says: "The Politburo suppressed Lenin's Testament", slide: 32, source: 'politburo', type: 'opposed', target: 'lenins-testament', year: 1924 },

  // The triumvirate against Trotsky (slides 33–34)
  { says: 'Stalin allied with Kamenev against Trotsky in the triumvirate, 1924', slide: 33, source: 'stalin', type: 'allied-with', target: 'kamenev', year: 1924 },
  { says: 'Stalin allied with Zinoviev against Trotsky in the triumvirate, 1924', slide: 33, source: 'stalin', type: 'allied-with', target: 'zinoviev', year: 1924 },
  { says: 'The triumvirate set out to isolate Trotsky', slide: 33, source: 'triumvirate', type: 'opposed', target: 'trotsky', year: 1924 },
  { says: 'Trotsky had previously been a Menshevik', slide: 33, source: 'trotsky', type: 'member-of', target: 'mensheviks', year: 1903 },
  { says: 'Trotsky attacked the growth of bureaucracy in the Party', slide: 34, source: 'trotsky', type: 'opposed', target: 'bureaucratisation', year: 1923 },
  { says: 'Trotsky criticised the centralised power of the Secretariat', slide: 34, source: 'trotsky', type: 'opposed', target: 'secretariat', year: 1923 },
  { says: 'Trotsky criticised Kamenev for his past disagreements with Lenin', slide: 34, source: 'trotsky', type: 'opposed', target: 'kamenev', year: 1924 },

  // NEP, Left and Right, rival theories (slides 35–38)
  { says: 'The Left Communists criticised NEP', slide: 35, source: 'the-left', type: 'opposed', target: 'nep', year: 1924 },
  { says: 'The Right Communists supported NEP', slide: 35, source: 'the-right', type: 'supported', target: 'nep', year: 1924 },
  { says: 'Trotsky most clearly represented the view of the Left', slide: 36, source: 'trotsky', type: 'led', target: 'the-left', year: 1923 },
  { says: "Trotsky's politics were inspired by his belief in Permanent Revolution", slide: 37, source: 'trotsky', type: 'supported', target: 'permanent-revolution', year: 1924 },
  { says: 'Stalin countered Permanent Revolution with Socialism in One Country', slide: 38, source: 'stalin', type: 'introduced', target: 'socialism-in-one-country', year: 1924 },

  // Defeat of Trotsky and the Left (slides 39–40)
  { says: 'With Trotsky weakened, Stalin turned on Kamenev, 1925', slide: 39, source: 'stalin', type: 'opposed', target: 'kamenev', year: 1925 },
  { says: 'Zinoviev called for NEP to be abandoned', slide: 39, source: 'zinoviev', type: 'opposed', target: 'nep', year: 1925 },
  { says: 'Zinoviev joined the United Opposition, 1926', slide: 39, source: 'zinoviev', type: 'member-of', target: 'united-opposition', year: 1926 },
  { says: 'Kamenev and Trotsky were allied in the United Opposition, 1926', slide: 39, source: 'trotsky', type: 'allied-with', target: 'kamenev', year: 1926 },
  { says: 'Zinoviev and Trotsky were allied in the United Opposition, 1926', slide: 39, source: 'trotsky', type: 'allied-with', target: 'zinoviev', year: 1926 },
  { says: 'Stalin and his supporters outvoted the United Opposition, 1926', slide: 39, source: 'stalin', type: 'opposed', target: 'united-opposition', year: 1926 },
  { says: 'Stalin had Zinoviev dismissed from his post as Soviet Chairman, 1926', slide: 39, source: 'stalin', type: 'purged', target: 'zinoviev', year: 1926 },
  { says: 'Kirov, one of Stalin\'s staunchest allies, replaced Zinoviev', slide: 39, source: 'kirov', type: 'replaced', target: 'zinoviev', year: 1926 },
  { says: 'Stalin and Trotsky were rivals from before Lenin\'s death until Trotsky\'s defeat in 1927', slide: 31, source: 'stalin', type: 'opposed', target: 'trotsky', year: 1923 },
  { says: 'In 1927 Trotsky made a direct challenge to Stalin\'s authority', slide: 40, source: 'trotsky', type: 'opposed', target: 'stalin', year: 1927 },
  { says: 'Stalin had Trotsky expelled from the Party and sent into internal exile, 1927', slide: 40, source: 'stalin', type: 'purged', target: 'trotsky', year: 1927 },
  { says: 'Trotsky was exiled from the USSR in 1929', slide: 40, source: 'stalin', type: 'purged', target: 'trotsky', year: 1929 },

  // Defeat of the Right (slides 41–42)
  { says: 'Bukharin was a major representative of the Right', slide: 41, source: 'bukharin', type: 'member-of', target: 'the-right', year: 1924 },
  { says: 'Stalin allied with Bukharin against Trotsky and the Left, 1925', slide: 41, source: 'stalin', type: 'allied-with', target: 'bukharin', year: 1925 },
  { says: 'Stalin allied with the Right against the Left, 1925', slide: 41, source: 'stalin', type: 'allied-with', target: 'the-right', year: 1925 },
  { says: 'Stalin moved against the Right in 1928', slide: 41, source: 'stalin', type: 'opposed', target: 'the-right', year: 1928 },
  { says: 'The Right stood in the way of Stalin\'s agricultural schemes of 1928', slide: 41, source: 'the-right', type: 'opposed', target: 'collectivisation', year: 1928 },
  { says: 'Bukharin and his colleagues tried to oppose Stalin', slide: 42, source: 'bukharin', type: 'opposed', target: 'stalin', year: 1928 },
  { says: 'The Right only had substantial support in the trade unions', slide: 42, source: 'trade-unions', type: 'supported', target: 'the-right', year: 1928 },
  { says: 'Stalin defeated the Right, 1929', slide: 42, source: 'stalin', type: 'purged', target: 'the-right', year: 1929 },
];
