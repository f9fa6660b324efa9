package un.vra.claims.claim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sums of money a claim's timeline recorded: payments, interim assistance, reimbursements withheld and released. */
public record Ledger(List<ClaimEvent> events) {

    /** What is still withheld from the contributing State in a currency: withheld less released. */
    public BigDecimal withheldBalance(String currency) {
        return total(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT, currency)
                .subtract(total(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT, currency));
    }

    /** Whether some reimbursement is still withheld on the claim, in any currency. */
    public boolean withholdsAny() {
        return events.stream()
                .filter(event -> event.action() == ClaimAction.RECORD_WITHHELD_REIMBURSEMENT)
                .anyMatch(event -> withheldBalance(event.currency()).signum() > 0);
    }

    /** Every sum of money recorded on the claim, by kind of event and currency, in the order first recorded. */
    public List<MoneyTotal> totals() {
        Map<String, MoneyTotal> totals = new LinkedHashMap<>();
        for (ClaimEvent event : events) {
            if (event.amount() != null) {
                totals.merge(
                        event.action() + " " + event.currency(),
                        new MoneyTotal(event.action(), new Money(event.amount(), event.currency())),
                        MoneyTotal::plus);
            }
        }
        return List.copyOf(totals.values());
    }

    /** The sum of the amounts of one kind of event in one currency. */
    public BigDecimal total(ClaimAction action, String currency) {
        return events.stream()
                .filter(event -> event.action() == action && currency.equals(event.currency()))
                .map(ClaimEvent::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
