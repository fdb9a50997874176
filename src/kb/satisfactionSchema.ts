// The shape of knowledge/satisfaction.yaml: the five levels of the national 好差评 practice (their
// ids are fixed here, in order from best to worst; their labels are data) and the sentences around
// a rating.
import { z } from 'zod';
import { nonEmpty } from './primitives.js';

/** The five levels, best first, as stored in maintainers' records. */
export const RATING_LEVELS = [
  'very-satisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'very-dissatisfied',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const ratingLevelSchema = z.enum(RATING_LEVELS);

export const satisfactionFileSchema = z
  .strictObject({
    levels: z.array(z.strictObject({ id: ratingLevelSchema, label: nonEmpty })),
    askRequest: nonEmpty,
    askCheckup: nonEmpty,
    thanks: nonEmpty,
    skip: nonEmpty,
    commentThanks: nonEmpty,
    skipped: nonEmpty,
    alreadyRated: nonEmpty,
    notRatable: nonEmpty,
  })
  .superRefine((file, ctx) => {
    const order = `the five levels are ${RATING_LEVELS.join(', ')}, in this order`;
    if (file.levels.length !== RATING_LEVELS.length) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: `expected five levels (${order})` });
      return;
    }
    file.levels.forEach((level, i) => {
      if (level.id !== RATING_LEVELS[i])
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'id'],
          message: `expected "${RATING_LEVELS[i]}" (${order})`,
          input: level.id,
        });
    });
  });

export type SatisfactionTexts = z.infer<typeof satisfactionFileSchema>;
