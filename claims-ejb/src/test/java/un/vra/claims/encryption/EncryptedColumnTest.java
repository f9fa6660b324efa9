package un.vra.claims.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncryptedColumnTest {

    @Test
    void theConverterFindsEachColumnByItsNameAlone() {
        for (EncryptedColumn column : EncryptedColumn.values()) {
            assertEquals(column, EncryptedColumn.named(column.sqlName().toUpperCase()));
        }
        assertEquals(
                EncryptedColumn.values().length,
                Arrays.stream(EncryptedColumn.values())
                        .map(EncryptedColumn::sqlName)
                        .distinct()
                        .count());
    }

    @Test
    void aColumnEncryptedButNotListedStopsTheDeploymentRatherThanEscapeTheRotation() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> EncryptedColumn.named("passport_number"));
        assertTrue(missing.getMessage().contains("rotation"), missing.getMessage());
    }

    @Test
    void everyTableIsRewrittenAlongItsPrimaryKeyWithItsOwnColumns() {
        assertEquals(
                EncryptedColumn.values().length,
                Arrays.stream(EncryptedColumn.Table.values())
                        .mapToInt(table -> table.columns().size())
                        .sum());
        assertEquals(List.of("claim_id", "position"), EncryptedColumn.Table.CLAIM_CHILD.key());
    }
}
