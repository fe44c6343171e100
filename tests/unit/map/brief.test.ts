import { describe, expect, it } from 'vitest';
import {
  about,
  chancesOutOfTen,
  chancesSentence,
  chancesShort,
  closingSentence,
  gapSentence,
  jobsRange,
  jobsSentence,
  methodSentence,
  peakSentence,
  programmesSentence,
  rangeSentence,
  sitesSentence,
  trainedSentence
} from '../../../src/lib/map/brief.ts';
import { count, MAP_MESSAGES, plural } from '../../../src/lib/i18n/messages-map.ts';

/** fr-FR groups thousands with a narrow no-break space (U+202F); shown as a plain space here. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const U = MAP_MESSAGES.fr.units;

describe('plural forms', () => {
  it('takes the French singular for 0 and 1, the English singular for 1 only', () => {
    expect(plural(0, 'fr', U.site)).toBe('site');
    expect(plural(1, 'fr', U.site)).toBe('site');
    expect(plural(2, 'fr', U.site)).toBe('sites');
    expect(plural(0, 'en', MAP_MESSAGES.en.units.site)).toBe('sites');
    expect(plural(1, 'en', MAP_MESSAGES.en.units.site)).toBe('site');
    expect(plural(1_000_000, 'fr', U.person)).toBe('personnes');
  });

  it('agrees with the number as shown (rounded)', () => {
    expect(count(0.6, 'fr', U.trainedPerson)).toBe('1 personne formée');
    expect(count(1.4, 'fr', U.trainedPerson)).toBe('1 personne formée');
    expect(count(1.6, 'fr', U.trainedPerson)).toBe('2 personnes formées');
    expect(plain(count(1386.4, 'fr', U.trainedPerson))).toBe('1 386 personnes formées');
    expect(count(1386.4, 'en', MAP_MESSAGES.en.units.trainedPerson)).toBe('1,386 trained people');
    expect(count(2, 'fr', U.trainingPlace)).toBe('2 places de formation');
  });
});

describe('sentences (French)', () => {
  it('counts the sites and their announced jobs', () => {
    expect(plain(sitesSentence('fr', { sites: 6, announcedLow: 6750, announcedHigh: 8050 }))).toBe(
      '6 sites industriels suivis, qui annoncent 6 750 à 8 050 emplois directs à pleine capacité.'
    );
    expect(plain(sitesSentence('fr', { sites: 1, announcedLow: 3000, announcedHigh: 3000 }))).toBe(
      '1 site industriel suivi, qui annonce 3 000 emplois directs à pleine capacité.'
    );
    expect(jobsRange(1, 1, 'fr')).toBe('1 emploi direct');
  });

  it('says the jobs, the trained people and the gap at the year, rounded as the model allows', () => {
    expect(
      plain(
        jobsSentence('fr', { year: 2030, preset: 'Réaliste', jobs: 4836.4, indirectJobs: 9672.8 })
      )
    ).toBe(
      'En 2030, le scénario « Réaliste » prévoit 4 840 emplois directs, et environ 9 700 emplois indirects chez les fournisseurs et dans les services.'
    );
    expect(plain(trainedSentence('fr', { year: 2030, trained: 3450 }))).toBe(
      'Les formations recensées auraient mis 3 450 personnes formées en poste sur ces sites en 2030.'
    );
    expect(plain(gapSentence('fr', { year: 2030, jobs: 4836, gap: 1386, coverage: 0.7134 }))).toBe(
      'Il manquerait environ 1 390 personnes formées par les formations recensées en 2030 : elles couvriraient 71 % des emplois.'
    );
    expect(plain(gapSentence('fr', { year: 2030, jobs: 2280, gap: -369, coverage: 1.16 }))).toBe(
      'Les personnes formées seraient plus nombreuses que les emplois en 2030 : 370 personnes formées de plus (couverture 116 %).'
    );
    expect(plain(gapSentence('fr', { year: 2030, jobs: 1330, gap: -68, coverage: 1.05 }))).toBe(
      'Emplois et personnes formées seraient à peu près à l’équilibre en 2030 (couverture 105 %).'
    );
  });

  it('says when the gap peaks, or that it still grows at the horizon, or that there is none', () => {
    expect(
      plain(peakSentence('fr', { peak: { year: 2032, gap: 2935 }, years: [2024, 2035] }))
    ).toBe('L’écart serait le plus grand en 2032 : 2 940 personnes formées manquantes.');
    expect(
      plain(peakSentence('fr', { peak: { year: 2035, gap: 3757 }, years: [2024, 2035] }))
    ).toBe(
      'L’écart grandirait jusqu’en 2035, dernière année projetée : 3 760 personnes formées manquantes.'
    );
    expect(plain(peakSentence('fr', { peak: { year: 2030, gap: 1 }, years: [2024, 2035] }))).toBe(
      'L’écart serait le plus grand en 2030 : 1 personne formée manquante.'
    );
    expect(peakSentence('fr', { peak: null, years: [2024, 2035] })).toBe(
      'Aucun manque de personnes formées n’est prévu entre 2024 et 2035.'
    );
  });

  it('counts the programmes and the intake of those open in the year', () => {
    expect(
      plain(programmesSentence('fr', { programmes: 4, open: 1, intake: 1000, year: 2030 }))
    ).toBe(
      '4 formations recensées ciblent ce territoire ou toute sa région. Celles ouvertes en 2030 accueillent 1 000 entrées en formation par an.'
    );
    expect(programmesSentence('fr', { programmes: 1, open: 1, intake: 9, year: 2030 })).toBe(
      '1 formation recensée cible ce territoire ou toute sa région. En 2030, elle accueille 9 entrées en formation par an.'
    );
    expect(programmesSentence('fr', { programmes: 2, open: 0, intake: 0, year: 2030 })).toBe(
      '2 formations recensées ciblent ce territoire ou toute sa région. Aucune n’est annoncée ouverte en 2030.'
    );
    expect(programmesSentence('fr', { programmes: 0, open: 0, intake: 0, year: 2030 })).toBe(
      'Aucune formation recensée ne cible ce territoire ou sa région.'
    );
  });

  it('says what it takes, in places and euros, rounded as "about"', () => {
    expect(about(1286.7)).toBe(1300);
    expect(about(423)).toBe(420);
    expect(about(47.5)).toBe(48);
    expect(about(2_468_000)).toBe(2_500_000);
    expect(
      plain(closingSentence('fr', { byYear: 2030, from: 2024, places: 1286.7, euros: 2_468_000 }))
    ).toBe(
      'Pour combler l’écart d’ici 2030, il faudrait environ 1 300 places de formation en plus chaque année à partir de 2024, soit environ 2,5 M€ par an.'
    );
    expect(closingSentence('fr', { byYear: 2030, from: 2024, places: 1, euros: 3125 })).toBe(
      'Pour combler l’écart d’ici 2030, il faudrait environ 1 place de formation en plus chaque année à partir de 2024, soit environ 3\u202f100\u00a0€ par an.'
    );
    // Occupations whose cost is unknown are left out of the euros, and the sentence says so.
    expect(
      plain(
        closingSentence('fr', {
          byYear: 2030,
          from: 2027,
          places: 2100,
          euros: 1_234_000,
          unknownCosts: 1
        })
      )
    ).toBe(
      'Pour combler l’écart d’ici 2030, il faudrait environ 2 100 places de formation en plus chaque année à partir de 2027, soit au moins 1,2 M€ par an, sans les métiers au coût inconnu.'
    );
    expect(
      closingSentence('en', {
        byYear: 2030,
        from: 2027,
        places: 2100,
        euros: 1_234_000,
        unknownCosts: 2
      })
    ).toBe(
      'To close the gap by 2030, about 2,100 training places more would be needed every year from 2027, at least €1.2m a year, excluding occupations with no known cost.'
    );
    expect(
      closingSentence('fr', { byYear: 2030, from: 2024, places: 80, euros: null, unknownCosts: 1 })
    ).toBe(
      'Pour combler l’écart d’ici 2030, il faudrait environ 80 places de formation en plus chaque année à partir de 2024 (coût inconnu).'
    );
    expect(closingSentence('fr', { byYear: 2030, from: 2024, places: 0, euros: 0 })).toBe(
      'Il n’y a pas d’écart à combler en 2030 dans ce scénario.'
    );
    expect(
      plain(closingSentence('fr', { byYear: 2025, from: 2024, places: null, euros: null }))
    ).toBe(
      'Aucun nombre de places ne comble l’écart en 2025 : des personnes formées à partir de 2024 arriveraient trop tard.'
    );
  });
});

describe('uncertainty said simply', () => {
  it('turns a probability into chances out of ten, saying near-certainty as such', () => {
    expect(chancesOutOfTen(0.71)).toBe(7);
    expect(chancesOutOfTen(0.649)).toBe(6);
    expect(chancesOutOfTen(0.05)).toBe(1);
    expect(chancesOutOfTen(0.94)).toBe(9);
    expect(chancesOutOfTen(0.95)).toBe('almost-sure');
    expect(chancesOutOfTen(1)).toBe('almost-sure');
    expect(chancesOutOfTen(0.049)).toBe('almost-none');
    expect(chancesOutOfTen(0)).toBe('almost-none');
  });

  it('says "7 chances sur 10 que…", "1 chance sur 10 que…"', () => {
    expect(chancesSentence('fr', { probability: 0.71, year: 2035 })).toBe(
      '7 chances sur 10 que des personnes formées manquent encore en 2035.'
    );
    expect(chancesSentence('fr', { probability: 0.12, year: 2035 })).toBe(
      '1 chance sur 10 que des personnes formées manquent encore en 2035.'
    );
    // French typography: a no-break space before the colon, so it never starts a line.
    expect(chancesSentence('fr', { probability: 0.999, year: 2035 })).toContain('10)\u00a0: des');
    expect(plain(chancesSentence('fr', { probability: 0.999, year: 2035 }))).toBe(
      'Presque certain (plus de 9 chances sur 10) : des personnes formées manqueront encore en 2035.'
    );
    expect(chancesSentence('fr', { probability: 0.01, year: 2035 })).toBe(
      'Très peu probable (moins d’une chance sur 10) que des personnes formées manquent encore en 2035.'
    );
    expect(chancesShort('fr', 0.71)).toBe('7 sur 10');
    expect(chancesShort('fr', 0.999)).toBe('plus de 9 sur 10');
  });

  it('gives the 10–90 % range of the gap in words, whatever its sign', () => {
    expect(plain(rangeSentence('fr', { year: 2035, p10: 2095.2, p90: 4090.4 }))).toBe(
      'Dans 8 cas sur 10, il en manquerait entre 2 100 et 4 090 personnes formées en 2035.'
    );
    expect(plain(rangeSentence('fr', { year: 2035, p10: -200, p90: 1500 }))).toBe(
      'Dans 8 cas sur 10, on irait en 2035 de 200 personnes formées en trop à 1 500 manquantes.'
    );
    expect(plain(rangeSentence('fr', { year: 2035, p10: -900, p90: -120 }))).toBe(
      'Dans 8 cas sur 10, il y aurait entre 120 et 900 personnes formées en trop en 2035.'
    );
    expect(plain(methodSentence('fr', 2000))).toMatch(/^Calcul sur 2 000 tirages du modèle/);
  });
});

describe('sentences (English)', () => {
  it('uses English number format and plurals', () => {
    expect(sitesSentence('en', { sites: 1, announcedLow: 1000, announcedHigh: 1200 })).toBe(
      '1 tracked industrial site, announcing 1,000 to 1,200 direct jobs at full capacity.'
    );
    expect(gapSentence('en', { year: 2030, jobs: 4836, gap: 1386, coverage: 0.7134 })).toBe(
      'About 1,390 trained people from the listed programmes would be missing in 2030: they would cover 71% of the jobs.'
    );
    expect(chancesSentence('en', { probability: 0.71, year: 2035 })).toBe(
      '7 chances in 10 that trained people will still be missing in 2035.'
    );
    expect(chancesSentence('en', { probability: 0.1, year: 2035 })).toBe(
      '1 chance in 10 that trained people will still be missing in 2035.'
    );
    expect(
      closingSentence('en', { byYear: 2030, from: 2024, places: 1286.7, euros: 2_468_000 })
    ).toBe(
      'To close the gap by 2030, about 1,300 training places more would be needed every year from 2024, about €2.5m a year.'
    );
    expect(rangeSentence('en', { year: 2035, p10: 2095, p90: 4090 })).toBe(
      'In 8 cases out of 10, between 2,100 and 4,090 trained people would be missing in 2035.'
    );
  });
});
