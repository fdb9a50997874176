// The parts of botbuilder-dialogs the flows use, imported from their own modules: the package's
// index also loads every other prompt and the Microsoft text recognizers, which costs ~170 ms of
// start-up for nothing (our own parsers read Chinese amounts, yes/no and choices).
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export type { DialogTurnResult } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export type { DialogContext, DialogState } from 'botbuilder-dialogs/lib/dialogContext.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
export type { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext.js';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt.js';
export type { PromptValidatorContext } from 'botbuilder-dialogs/lib/prompts/prompt.js';
