import type { FidelityStatement } from './statement';

/**
 * The corrections of the second reading of every relation (issue 10), so none can come back: what the
 * graph must now say, and what it must NOT say because the notes do not support it.
 */
export const statements: FidelityStatement[] = [
  // Misstatements removed or corrected.
  { says: 'Stalin did not end the Politburo: he dispensed with it after 1947', slide: 68, source: 'stalin', type: 'ended', target: 'politburo', absent: true },
  { says: 'Stalin did not end the Central Committee: he dispensed with it after 1947', slide: 68, source: 'stalin', type: 'ended', target: 'central-committee', absent: true },
  { says: 'Stalin sidelined the Politburo after 1947', slide: 68, source: 'stalin', type: 'sidelined', target: 'politburo', year: 1947 },
  { says: 'Stalin sidelined the Central Committee after 1947', slide: 68, source: 'stalin', type: 'sidelined', target: 'central-committee', year: 1947 },
  { says: 'The Right did not oppose industrialisation: Left and Right agreed on it and disputed its pace', slide: 36, source: 'the-right', type: 'opposed', target: 'industrialisation', absent: true },
  { says: 'Bukharin did not oppose industrialisation as such', slide: 36, source: 'bukharin', type: 'opposed', target: 'industrialisation', absent: true },
  { says: 'Kirov did not oppose industrialisation as such', slide: 57, source: 'kirov', type: 'opposed', target: 'industrialisation', absent: true },
  { says: 'The Right agreed the USSR must industrialise, 1924', slide: 36, source: 'the-right', type: 'supported', target: 'industrialisation', year: 1924 },
  { says: 'The Right stood in the way of the schemes Stalin began in 1928 (the Plans)', slide: 41, source: 'the-right', type: 'opposed', target: 'five-year-plans', year: 1928 },
  { says: 'Bukharin thought it unnecessary to force the pace of industrialisation (the Plans), 1928', slide: 41, source: 'bukharin', type: 'opposed', target: 'five-year-plans', year: 1928 },
  { says: 'Kirov was known to be unhappy with the speed and scale of the drive (suspected opposition), 1934', slide: 57, source: 'kirov', type: 'opposed', target: 'five-year-plans', year: 1934, certainty: 'suspected' },
  { says: 'Stalin did not lead the Doctors\' Plot, the alleged plot against him', slide: 68, source: 'stalin', type: 'led', target: 'doctors-plot', absent: true },
  { says: 'Stalin selected Soviet Jews for purging in his last purge, 1953', slide: 68, source: 'stalin', type: 'persecuted', target: 'soviet-jews', year: 1953 },
  { says: 'The peasantry as a whole did not support dekulakisation', slide: 46, source: 'peasantry', type: 'supported', target: 'dekulakisation', absent: true },
  { says: 'In some regions the poorer peasants undertook dekulakisation, 1929', slide: 46, source: 'poorer-peasants', type: 'supported', target: 'dekulakisation', year: 1929 },
  { says: 'Stalin feared Kirov: a suspected, not a stated, opposition, 1934', slide: 57, source: 'stalin', type: 'opposed', target: 'kirov', year: 1934, certainty: 'suspected' },
  { says: 'Stalin\'s part in Kirov\'s murder stays suspected, 1934', slide: 57, source: 'stalin', type: 'killed', target: 'kirov', year: 1934, certainty: 'suspected' },
  { says: 'The soviets did not make the October Revolution: it was a seizure of power by the party', slide: 2, source: 'soviets', type: 'caused', target: 'october-revolution', absent: true },
  { says: 'The Bolshevik party seized power in the October Revolution, 1917', slide: 2, source: 'bolshevik-party', type: 'caused', target: 'october-revolution', year: 1917 },
  { says: 'The Congress of Soviets did not appoint Sovnarkom: that was Lenin\'s notion, and reality was different', slide: 3, source: 'congress-of-soviets', type: 'introduced', target: 'sovnarkom', absent: true },
  { says: 'NEP troubled Trotsky in 1921: a suspected, not a stated, opposition', slide: 17, source: 'trotsky', type: 'opposed', target: 'nep', year: 1921, certainty: 'suspected' },
  { says: 'Slide 18 does not name the Kadets among the parties outlawed in 1921', slide: 18, source: 'lenin', type: 'persecuted', target: 'kadets', absent: true },
  { says: 'Slide 18 does not name the SRs among the parties outlawed in 1921', slide: 18, source: 'lenin', type: 'persecuted', target: 'socialist-revolutionaries', absent: true },
  { says: 'Lenin did not purge the American Relief Association: he ordered it to withdraw', slide: 14, source: 'lenin', type: 'purged', target: 'american-relief-association', absent: true },
  { says: 'Khrushchev\'s 1956 speech is not a relation with Stalin, who died in 1953', slide: 57, source: 'khrushchev', type: 'opposed', target: 'stalin', absent: true },
  // Gaps the notes fill.
  { says: 'Lenin\'s strokes, 1922–24, left him unable to prepare his succession', slide: 23, source: 'lenins-strokes', type: 'influenced', target: 'lenin', year: 1922 },
  { says: 'After Lenin\'s death the Politburo proclaimed a collective leadership, 1924', slide: 31, source: 'lenins-death', type: 'caused', target: 'collective-leadership', year: 1924 },
  { says: 'Lenin\'s death gave Stalin his chance, 1924', slide: 28, source: 'lenins-death', type: 'influenced', target: 'stalin', year: 1924 },
  { says: 'The first Moscow show trial tried Kamenev, 1936', slide: 61, source: 'moscow-trial-1936', type: 'purged', target: 'kamenev', year: 1936 },
  { says: 'The first Moscow show trial tried Zinoviev, 1936', slide: 61, source: 'moscow-trial-1936', type: 'purged', target: 'zinoviev', year: 1936 },
  { says: 'The show trial of 1937 charged 17 Communists with spying for Nazi Germany', slide: 62, source: 'moscow-trial-1937', type: 'part-of', target: 'show-trials', year: 1937 },
  { says: 'The 1937 trial strengthened the case against Bukharin and the Right', slide: 62, source: 'moscow-trial-1937', type: 'caused', target: 'moscow-trial-1938', year: 1937 },
  { says: 'Bukharin was put on trial, 1938', slide: 62, source: 'moscow-trial-1938', type: 'purged', target: 'bukharin', year: 1938 },
  { says: 'Rykov was put on trial, 1938', slide: 62, source: 'moscow-trial-1938', type: 'purged', target: 'rykov', year: 1938 },
  { says: 'Yagoda was also accused, 1938', slide: 62, source: 'moscow-trial-1938', type: 'purged', target: 'yagoda', year: 1938 },
  { says: 'Khrushchev gave the secret speech, 1956', slide: 57, source: 'khrushchev', type: 'led', target: 'secret-speech', year: 1956 },
  { says: 'A Centre opposition bloc was established in the Great Purge (hedged), 1936', slide: 60, source: 'centre-bloc', type: 'opposed', target: 'stalin', year: 1936, certainty: 'suspected' },
  { says: 'The Allies were set to interfere should Russia make a separate peace (hedged), 1918', slide: 7, source: 'treaty-of-brest-litovsk', type: 'caused', target: 'allied-intervention', year: 1918, certainty: 'suspected' },
  { says: 'The ban on criticism of the Party line helped Stalin, 1924', slide: 30, source: 'ban-on-factions', type: 'supported', target: 'stalin', year: 1924 },
  { says: 'The dispute over NEP led Lenin to ban factions, 1921', slide: 18, source: 'nep', type: 'caused', target: 'ban-on-factions', year: 1921 },
  { says: 'Tukhachevsky and his fellow generals were shot, 1937', slide: 64, source: 'stalin', type: 'killed', target: 'tukhachevsky', year: 1937 },
  { says: 'The Five-Year Plans made possible the defeat of Germany, 1945', slide: 55, source: 'five-year-plans', type: 'caused', target: 'defeat-of-germany', year: 1945 },
  { says: 'The purges were used to achieve the goals of the Plans, 1936', slide: 65, source: 'great-terror', type: 'supported', target: 'five-year-plans', year: 1936 },
  { says: 'Lenin argued a soviet government had made the Assembly unnecessary, January 1918', slide: 7, source: 'lenin', type: 'supported', target: 'soviets', year: 1918 },
];
