import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ChoiceRequest } from './ChoiceDialog';

/** The question as a Fluent modal dialog: focus moves into it, Escape cancels, screen readers announce its title. */
export default function ChoiceDialogView<T extends string>({ request, answer }: { request: ChoiceRequest<T>; answer(value: T | null): void }) {
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && answer(null)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{request.title}</DialogTitle>
          <DialogContent>{request.body}</DialogContent>
          <DialogActions fluid position="start">
            {request.choices.map((c) => (
              <Button key={c.value} appearance={c.primary ? 'primary' : 'secondary'} onClick={() => answer(c.value)}>
                {c.label}
              </Button>
            ))}
            <Button appearance="subtle" onClick={() => answer(null)}>
              {request.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
