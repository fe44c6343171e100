import { describe, expect, it } from 'vitest';
import {
  about,
  chancesOutOfTen,
  chancesSentence,
  chancesShort,
  closingSentence,
  jobsRange,
  jobsSentence,
  methodSentence,
  peakSentence,
  programmesSentence,
  rangeSentence,
  sitesSentence,
  trainedSentence,
  unfilledSentence
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

  it('says the jobs and the trained people at the year, rounded as the model allows', () => {
    expect(
      plain(
        jobsSentence('fr', { year: 2030, preset: 'Réaliste', jobs: 5371.2, indirectJobs: 10742.4 })
      )
    ).toBe(
      'En 2030, le scénario « Réaliste » prévoit 5 370 emplois directs, et environ 11 000 emplois indirects chez les fournisseurs et dans les services.'
    );
    expect(plain(trainedSentence('fr', { year: 2030, trained: 2940.3 }))).toBe(
      'Les formations recensées auraient mis 2 940 personnes formées en poste sur ces sites en 2030.'
    );
    // Île-de-France: Flins's employees already qualified for their post are not the programmes'.
    expect(plain(trainedSentence('fr', { year: 2030, trained: 994.1, brownfield: true }))).toBe(
      'En 2030, 990 personnes tiendraient un poste sur ces sites : formées par les formations recensées, ou salariés de l’usine reconvertie déjà qualifiés pour leur poste.'
    );
  });

  it('heads with the unfilled jobs, the people with no post beside, never netted', () => {
    // Hauts-de-France 2030 (« Réaliste »): no trained person waits for a post.
    expect(
      plain(
        unfilledSentence('fr', {
          year: 2030,
          jobs: 5371.2,
          unfilled: 2430.9,
          surplus: 0,
          coverage: 0.5474
        })
      )
    ).toBe(
      'En 2030, environ 2 430 emplois directs n’auraient pas de personne formée par les formations recensées (couverture 55 %), et aucune personne formée ne resterait sans poste dans la région.'
    );
    // Île-de-France 2030: 1 383 operators and managers lack trained people while 810 retrofit
    // technicians, engineers and support staff have no post — side by side, not « excédent ».
    const idf = unfilledSentence('fr', {
      year: 2030,
      jobs: 2376.9,
      unfilled: 1382.8,
      surplus: 809.6,
      coverage: 0.4183
    });
    expect(plain(idf)).toBe(
      'En 2030, environ 1 380 emplois directs n’auraient pas de personne formée par les formations recensées (couverture 42 %) ; en même temps, 810 personnes formées resteraient dans la région sans poste sur ses sites suivis, faute de postes de leur métier.'
    );
    expect(idf).not.toMatch(/excédent|116/);
    // Nord: the people with no post are the région's (pools belong to the région).
    expect(
      plain(
        unfilledSentence('fr', {
          year: 2030,
          jobs: 3327,
          unfilled: 1521.7,
          surplus: 0,
          coverage: 0.5426,
          regionName: 'Hauts-de-France'
        })
      )
    ).toBe(
      'En 2030, environ 1 520 emplois directs n’auraient pas de personne formée par les formations recensées (couverture 54 %), et aucune personne formée ne resterait sans poste dans la région Hauts-de-France.'
    );
    expect(
      plain(
        unfilledSentence('fr', { year: 2030, jobs: 1000, unfilled: 80, surplus: 1, coverage: 0.92 })
      )
    ).toBe(
      'En 2030, les formations recensées pourvoiraient presque tous les emplois : 80 emplois sans personne formée (couverture 92 %) ; en même temps, 1 personne formée resterait dans la région sans poste sur ses sites suivis, faute de postes de son métier.'
    );
    expect(
      unfilledSentence('fr', { year: 2030, jobs: 1000, unfilled: 0.2, surplus: 0, coverage: 1 })
    ).toBe(
      'En 2030, les formations recensées pourvoiraient tous les emplois (couverture 100\u00a0%), et aucune personne formée ne resterait sans poste dans la région.'
    );
  });

  it('says when the unfilled jobs peak, or that they still grow at the horizon, or that there are none', () => {
    expect(
      plain(peakSentence('fr', { peak: { year: 2031, unfilled: 2480.2 }, years: [2024, 2035] }))
    ).toBe('Les emplois sans personne formée seraient les plus nombreux en 2031 : 2 480 emplois.');
    expect(
      plain(peakSentence('fr', { peak: { year: 2035, unfilled: 1417.8 }, years: [2024, 2035] }))
    ).toBe(
      'Les emplois sans personne formée augmenteraient jusqu’en 2035, dernière année projetée : 1 420 emplois.'
    );
    expect(
      plain(peakSentence('fr', { peak: { year: 2030, unfilled: 1 }, years: [2024, 2035] }))
    ).toBe('Les emplois sans personne formée seraient les plus nombreux en 2030 : 1 emploi.');
    expect(peakSentence('fr', { peak: null, years: [2024, 2035] })).toBe(
      'Aucun emploi sans personne formée n’est prévu entre 2024 et 2035.'
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

  it('says which programmes the model renews after their announced end (the default assumption)', () => {
    // Hauts-de-France 2030: Electro'Mob open until 2030; AESC's two courses and the Battery
    // Training Center ended earlier and are renewed by the model.
    expect(
      plain(
        programmesSentence('fr', { programmes: 4, open: 1, intake: 1000, year: 2030, renewed: 3 })
      )
    ).toBe(
      '4 formations recensées ciblent ce territoire ou toute sa région. Celles ouvertes en 2030 accueillent 1 000 entrées en formation par an. 3 autres, dont la fin annoncée est passée, sont supposées reconduites à l’identique (hypothèse du modèle).'
    );
    expect(
      programmesSentence('fr', { programmes: 1, open: 0, intake: 0, year: 2030, renewed: 1 })
    ).toBe(
      '1 formation recensée cible ce territoire ou toute sa région. Elle n’est pas annoncée ouverte en 2030. Le modèle la suppose reconduite à l’identique après sa fin annoncée (hypothèse).'
    );
    expect(
      programmesSentence('en', { programmes: 3, open: 2, intake: 20, year: 2030, renewed: 1 })
    ).toBe(
      '3 listed programmes target this territory or its whole région. Those open in 2030 take 20 trainees a year. 1 other, whose announced end has passed, is assumed renewed as it was (the model’s assumption).'
    );
  });

  it('says what it takes to fill exactly the unfilled jobs, in places and euros, rounded as "about"', () => {
    expect(about(1285.3)).toBe(1300);
    expect(about(423)).toBe(420);
    expect(about(47.5)).toBe(48);
    expect(about(2_468_000)).toBe(2_500_000);
    // Hauts-de-France, by 2030: the 2 430 unfilled jobs of the headline.
    expect(
      plain(
        closingSentence('fr', {
          byYear: 2030,
          from: 2027,
          unfilled: 2430.9,
          places: 1285.3,
          euros: 2_468_000
        })
      )
    ).toBe(
      'Pour pourvoir d’ici 2030 les 2 430 emplois directs qui n’auraient pas de personne formée, il faudrait environ 1 300 places de formation en plus chaque année à partir de 2027, soit environ 2,5 M€ par an.'
    );
    // Occupations whose cost is unknown are left out of the euros, and the sentence says so.
    expect(
      plain(
        closingSentence('fr', {
          byYear: 2030,
          from: 2027,
          unfilled: 1382.8,
          places: 892.6,
          euros: 1_234_000,
          unknownCosts: 1
        })
      )
    ).toBe(
      'Pour pourvoir d’ici 2030 les 1 380 emplois directs qui n’auraient pas de personne formée, il faudrait environ 890 places de formation en plus chaque année à partir de 2027, soit au moins 1,2 M€ par an, sans les métiers au coût inconnu.'
    );
    // A département: places for its own sites.
    expect(
      plain(
        closingSentence('fr', {
          byYear: 2030,
          from: 2027,
          unfilled: 1521.7,
          places: 1156.8,
          euros: null,
          unknownCosts: 2,
          atSites: true
        })
      )
    ).toBe(
      'Pour pourvoir d’ici 2030 les 1 520 emplois directs qui n’auraient pas de personne formée, il faudrait environ 1 200 places de formation en plus chaque année pour ses sites à partir de 2027 (coût inconnu).'
    );
    expect(
      closingSentence('en', {
        byYear: 2030,
        from: 2027,
        unfilled: 2430.9,
        places: 2100,
        euros: 1_234_000,
        unknownCosts: 2
      })
    ).toBe(
      'To fill by 2030 the 2,430 direct jobs that would have no trained person, about 2,100 training places more would be needed every year from 2027, at least €1.2m a year, excluding occupations with no known cost.'
    );
    expect(
      closingSentence('fr', { byYear: 2030, from: 2024, unfilled: 0, places: 0, euros: 0 })
    ).toBe(
      'Aucun emploi ne serait sans personne formée en 2030 dans ce scénario\u00a0: rien à pourvoir.'
    );
    expect(
      plain(
        closingSentence('fr', {
          byYear: 2025,
          from: 2024,
          unfilled: 2812,
          places: null,
          euros: null
        })
      )
    ).toBe(
      'Aucun nombre de places ne pourvoit les 2 810 emplois directs sans personne formée en 2025 : des personnes formées à partir de 2024 arriveraient trop tard.'
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

  it('says exactly what the probability measures: more than 10 % of the horizon’s jobs unfilled', () => {
    expect(chancesSentence('fr', { probability: 0.71, year: 2035, threshold: 0.1 })).toBe(
      '7 chances sur 10 que plus de 10\u00a0% des emplois de 2035 restent sans personne formée.'
    );
    expect(plain(chancesSentence('fr', { probability: 0.12, year: 2035, threshold: 0.1 }))).toBe(
      '1 chance sur 10 que plus de 10 % des emplois de 2035 restent sans personne formée.'
    );
    // French typography: a no-break space before the colon, so it never starts a line.
    expect(chancesSentence('fr', { probability: 0.999, year: 2035, threshold: 0.1 })).toContain(
      '10)\u00a0: plus'
    );
    expect(plain(chancesSentence('fr', { probability: 0.999, year: 2035, threshold: 0.1 }))).toBe(
      'Presque certain (plus de 9 chances sur 10) : plus de 10 % des emplois de 2035 resteraient sans personne formée.'
    );
    expect(plain(chancesSentence('fr', { probability: 0.01, year: 2035, threshold: 0.2 }))).toBe(
      'Très peu probable (moins d’une chance sur 10) que plus de 20 % des emplois de 2035 restent sans personne formée.'
    );
    // A département's brief quotes its région's probability, and says so.
    expect(
      plain(
        chancesSentence('fr', {
          probability: 0.999,
          year: 2035,
          threshold: 0.1,
          regionName: 'Hauts-de-France'
        })
      )
    ).toBe(
      'Presque certain (plus de 9 chances sur 10) : plus de 10 % des emplois de 2035 resteraient sans personne formée — calcul pour toute la région Hauts-de-France, dont le département fait partie.'
    );
    expect(chancesShort('fr', 0.71)).toBe('7 sur 10');
    expect(chancesShort('fr', 0.999)).toBe('plus de 9 sur 10');
  });

  it('gives the 10–90 % range of the unfilled jobs in words, and how it was computed', () => {
    expect(plain(rangeSentence('fr', { year: 2035, p10: 1204.2, p90: 2348.4 }))).toBe(
      'Dans 8 cas sur 10, entre 1 200 et 2 350 emplois resteraient sans personne formée en 2035.'
    );
    expect(plain(rangeSentence('fr', { year: 2035, p10: 1204.2, p90: 2348.4, region: true }))).toBe(
      'Dans 8 cas sur 10, entre 1 200 et 2 350 emplois de la région resteraient sans personne formée en 2035.'
    );
    expect(plain(methodSentence('fr', 10_000, 0.5))).toBe(
      'Calcul sur 10 000 tirages du modèle autour des valeurs du scénario : retards et effectifs de chaque usine (tirés site par site, corrélation 0,5 entre sites), entrées en formation, réussite, placement et départs.'
    );
  });
});

describe('sentences (English)', () => {
  it('uses English number format and plurals', () => {
    expect(sitesSentence('en', { sites: 1, announcedLow: 1000, announcedHigh: 1200 })).toBe(
      '1 tracked industrial site, announcing 1,000 to 1,200 direct jobs at full capacity.'
    );
    expect(
      unfilledSentence('en', {
        year: 2030,
        jobs: 2376.9,
        unfilled: 1382.8,
        surplus: 809.6,
        coverage: 0.4183
      })
    ).toBe(
      'In 2030, about 1,380 direct jobs would have no person trained by the listed programmes (coverage 42%); at the same time, 810 trained people would remain in the région with no post at its tracked sites, for want of posts in their occupation.'
    );
    expect(chancesSentence('en', { probability: 0.71, year: 2035, threshold: 0.1 })).toBe(
      '7 chances in 10 that more than 10% of the jobs of 2035 remain without a trained person.'
    );
    expect(chancesSentence('en', { probability: 0.1, year: 2035, threshold: 0.1 })).toBe(
      '1 chance in 10 that more than 10% of the jobs of 2035 remain without a trained person.'
    );
    expect(rangeSentence('en', { year: 2035, p10: 1204, p90: 2348 })).toBe(
      'In 8 cases out of 10, between 1,200 and 2,350 jobs would remain without a trained person in 2035.'
    );
  });
});
