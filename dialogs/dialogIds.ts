// Dialog ids in one place, so flows can start each other without importing each other.
export const MAIN_DIALOG = 'MainDialog';
export const ELIGIBILITY_DIALOG = 'EligibilityDialog';
export const CHECKUP_DIALOG = 'CheckupDialog';
export const HANDOFF_DIALOG = 'ServiceRequestDialog';
export const FORGET_DATA_DIALOG = 'ForgetDataDialog';
/** MainDialog's own routing step: a flow that ends for a command hands the message back to it. */
export const MAIN_FLOW = 'mainFlow';
