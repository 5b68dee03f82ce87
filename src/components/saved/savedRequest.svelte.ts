/**
 * A request from the calculator to the saved-scenarios island, which
 * hydrates later and on its own: "Save this scenario" beside the verdict asks
 * for the save form, and the saved scenarios open it (loading their panel
 * first if need be) and put the focus in its name field.
 */
export const savedRequest = $state({ asked: 0 });

/** Asks the saved scenarios to open at their save form. */
export function askToSave(): void {
  savedRequest.asked += 1;
}
