/**
 * Page objects of the browser tests, one per page: what a person does on the page and what they read there. The
 * locators live here only, so that a change to a page's markup is one change here, not one in every test.
 */
package un.vra.claims.it.pages;
