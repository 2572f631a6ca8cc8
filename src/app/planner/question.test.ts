import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../model/pipeline';
import { realData } from '../../node/test-support';
import { nameIndex, understandQuestion, yearsText } from './question';

const graph = runPipeline(realData()).graph!;
const names = nameIndex(graph);
const read = (q: string) => understandQuestion(q, names);

// [question, stem, years, entities that must be among the people]
const CASES: [string, string, string, string[]][] = [
  ["How far was Stalin's victory in the power struggle due to his position as General Secretary?", 'how-far', '1924–1929', ['stalin', 'secretariat']],
  ['Why did Stalin win the power struggle?', 'why', '1924–1929', ['stalin']],
  ['How successful were the Bolsheviks in consolidating their power during the Civil War?', 'how-successful', '1918–1920', ['bolshevik-party']],
  ['To what extent did War Communism cause the Kronstadt Rising?', 'to-what-extent', '1918–1921', ['war-communism', 'kronstadt-rising']],
  ['How important was the NEP after the Kronstadt Rising?', 'how-significant', 'from 1921', ['nep']],
  ['How significant was the Lenin Enrolment in the defeat of Trotsky and the Left?', 'how-significant', '1924–1929', ['lenin-enrolment', 'trotsky']],
  ["'The purges before the Second World War were driven by Stalin's paranoia.' Assess the validity of this view.", 'assess-validity', 'up to 1941', ['stalin']],
  ['Why was Trotsky defeated by Stalin?', 'why', 'no years', ['trotsky', 'stalin']],
  ["How far was Stalin's victory in the power struggle between 1924 and 1929 due to the mistakes of his rivals?", 'how-far', '1924–1929', ['stalin']],
  ['To what extent was Trotsky responsible for his own defeat in the years 1923–27?', 'to-what-extent', '1923–1927', ['trotsky']],
  ["To what extent did Stalin's power depend on terror in the years 1928–41?", 'to-what-extent', '1928–1941', ['stalin']],
  ["How significant was Lenin's Testament in the power struggle after Lenin's death?", 'how-significant', 'from 1924', []],
  ['How important was the ban on factions in Stalin’s rise to power, 1921–29?', 'how-significant', '1921–1929', ['stalin']],
  ["'Stalin won the power struggle because of his control of the Party machine.' Assess the validity of this view.", 'assess-validity', '1924–1929', ['stalin']],
  ["'Bukharin was the most dangerous of Stalin's rivals in the years 1924 to 1929.' Assess the validity of this view.", 'assess-validity', '1924–1929', ['bukharin', 'stalin']],
  ['How valid is the view that Zinoviev and Kamenev brought about their own downfall?', 'assess-validity', 'no years', ['zinoviev', 'kamenev']],
  ['Why was Trotsky defeated in the power struggle by 1927?', 'why', 'up to 1927', ['trotsky']],
  ['Explain why Stalin launched the purges in the 1930s.', 'why', '1930–1939', ['stalin']],
  ['How successful was the NEP in the years 1921–28?', 'how-successful', '1921–1928', ['nep']],
  ['How effective was collectivisation in increasing grain production by 1941?', 'how-successful', 'up to 1941', []],
  ['Compare the roles of Trotsky and Bukharin in opposing Stalin between 1924 and 1929.', 'compare', '1924–1929', ['trotsky', 'bukharin', 'stalin']],
  ['Which was more important in Stalin’s victory: the Secretariat or the mistakes of Trotsky?', 'compare', 'no years', ['stalin', 'secretariat', 'trotsky']],
  ["How far did Stalin's use of terror change after 1934?", 'how-far', 'from 1934', ['stalin']],
  ['To what extent was the Kirov murder the trigger for the Great Terror in 1934?', 'to-what-extent', '1934', ['kirov']],
];

describe('understandQuestion over real-style questions', () => {
  it.each(CASES)('%s', (q, stem, years, people) => {
    const u = read(q);
    expect(u.stem).toBe(stem);
    expect(yearsText(u)).toBe(years);
    for (const id of people) expect(u.people).toContain(id);
  });

  it('resolves "General Secretary" to the Secretariat and names it as the factor', () => {
    const u = read("How far was Stalin's victory in the power struggle due to his position as General Secretary?");
    expect(u.stemWords).toBe('How far');
    expect(u.factor).toBe('his position as General Secretary');
    expect(u.factorEntities).toEqual(['secretariat']);
    expect(u.people.slice(0, 1)).toEqual(['stalin']);
  });

  it('takes "after Lenin\'s death" from the data, says so, and does not count Lenin as a factor', () => {
    const u = read("To what extent was Stalin's rise after Lenin's death due to luck?");
    expect(u.from).toBe(1924);
    expect(u.to).toBeNull();
    expect(u.yearsWords).toBe("after Lenin's death");
    expect(u.yearsNote).toMatch(/^Lenin's death: Vladimir Lenin's end date in the data, 1924-01-21 \(date not in the notes\)$/);
    expect(u.people).toEqual(['stalin']);
  });

  it('"the power struggle" takes its years from the notes: its slides’ title, their section’s years and Lenin’s death in the data', () => {
    const u = read("How far was Stalin's victory in the power struggle due to his position as General Secretary?");
    expect(u).toMatchObject({ from: 1924, to: 1929, yearsWords: 'the power struggle' });
    expect(u.yearsNote).toBe("“the power struggle”: slides 31–38, “The Power Struggle after Lenin's Death”, in the notes’ section “Stalin's Rise to Power 1924-9” (slide 30); Lenin's death: 1924-01-21 in the data (date not in the notes)");
  });

  it('a period named by an entity with dates says where its years came from; people are never periods', () => {
    expect(read('How successful were the Bolsheviks during the Civil War?').yearsNote).toBe('Russian Civil War: 1918 to 1920 in the data');
    expect(read('How important was the NEP after the Kronstadt Rising?').yearsNote).toBe('Kronstadt Rising: 1921-03 in the data (dates not in the notes)');
    expect(read('Why was Trotsky defeated after Bukharin?')).toMatchObject({ from: null, to: null });
  });

  it('an unknown stem and no names are said, not guessed', () => {
    const u = read('Discuss the weather.');
    expect(u).toMatchObject({ stem: 'other', from: null, to: null, people: [], factor: '' });
  });

  it('the student’s corrections win over what was read, and are listed', () => {
    const u = understandQuestion('How far was Stalin’s victory due to luck?', names, { from: 1924, to: 1929, people: ['stalin', 'trotsky'], stem: 'to-what-extent' });
    expect(u).toMatchObject({ stem: 'to-what-extent', from: 1924, to: 1929, people: ['stalin', 'trotsky'], factor: 'luck' });
    expect(u.corrected.sort()).toEqual(['from', 'people', 'stem', 'to']);
  });
});
