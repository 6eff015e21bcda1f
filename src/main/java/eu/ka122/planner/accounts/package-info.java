/**
 * Accounts: users, organisations, National Agencies, roles and sign-in. Other modules
 * learn who is signed in through {@link eu.ka122.planner.accounts.AccountPrincipal} and
 * look organisations and agencies up through {@link eu.ka122.planner.accounts.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "audit" })
package eu.ka122.planner.accounts;
