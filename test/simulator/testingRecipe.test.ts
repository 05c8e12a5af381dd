/**
 * The jsdom recipe of the Testing guide (stories/guides/Testing.mdx shows that file as it is):
 * importing it here runs its tests in this project, so what the guide shows is what CI runs.
 */
import '../../stories/guides/examples/testing/Checkout.test';
