package un.vra.claims.api;

import java.util.List;
import un.vra.claims.claim.application.TimelineEntry;

/** A claim's timeline, oldest event first. */
public record Timeline(String reference, List<TimelineEntry> events) {}
