/** The Trust Fund's interim assistance to claimants, totalled by year, State, mission and kind: UN and task force only. */
package un.vra.claims.trustfund;
