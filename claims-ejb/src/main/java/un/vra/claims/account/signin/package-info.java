/**
 * Sign-in for both web modules: one authentication mechanism (a form and a second-factor step for pages, HTTP
 * Basic or a personal token for the API) over the account table. It lives here, once for the whole EAR, because
 * Jakarta Security keeps one mechanism per application: a copy in each WAR made the portal receive the back
 * office's instance.
 */
package un.vra.claims.account.signin;
