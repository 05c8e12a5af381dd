export { GuidanceDialog, type GuidanceDialogProps } from './GuidanceDialog';
export { guidanceLabels, type GuidanceLabels } from './guidanceLabels';
