package dev.parallax.cli.live;

import dev.parallax.live.EventDigest;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExit;

/**
 * The input id of a fills line, under which the live tracker records it once however often the
 * input is fed: an entry's {@code trade_id}; an exit's {@code exit_id} when it has one; otherwise
 * (an exit without {@code exit_id}, an execution, a mark) {@code <type>@<line>:<digest>}, the digest being the
 * event's {@link EventDigest} in 16 hex digits. The same fill on the same line of the input always
 * gets the same id, and two equal exits on different lines get different ids.
 */
public final class InputIds {

    private InputIds() {
    }

    /** The id of {@code event}, read from line {@code lineNumber} of its input. */
    public static String of(LiveEvent event, long lineNumber) {
        if (event instanceof LiveEntry entry) {
            return entry.tradeId();
        }
        if (event instanceof LiveExit exit && exit.hasExitId()) {
            return exit.exitId();
        }
        String type = event instanceof LiveExit ? "exit" : event instanceof LiveExecution ? "execution" : "mark";
        return type + "@" + lineNumber + ":" + String.format("%016x", EventDigest.of(event));
    }
}
