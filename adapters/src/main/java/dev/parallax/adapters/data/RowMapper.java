package dev.parallax.adapters.data;

import dev.parallax.sim.api.data.MarketEvent;

/** Turns the fields of one CSV row into an event; throws {@link IllegalArgumentException} saying what is wrong. */
@FunctionalInterface
interface RowMapper {

    /** The event of {@code row}, read before the row is split again. */
    MarketEvent map(CsvRow row);
}
