package dev.onramp.engine.clock;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one clock of the engine: timers, job deadlines, message time-to-live and every timestamp the
 * API returns. Pinned if pinned, else system time plus an offset; {@link #reset()} returns to
 * system time. Listeners hear every change so due work is re-checked at once.
 */
public final class EngineClock {

  private volatile Long pinnedMillis;
  private volatile long offsetMillis;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public long millis() {
    Long pinned = pinnedMillis;
    return pinned != null ? pinned : System.currentTimeMillis() + offsetMillis;
  }

  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  public void pin(long epochMilli) {
    pinnedMillis = epochMilli;
    changed();
  }

  public void add(long offsetMilli) {
    Long pinned = pinnedMillis;
    if (pinned != null) {
      pinnedMillis = pinned + offsetMilli;
    } else {
      offsetMillis += offsetMilli;
    }
    changed();
  }

  public void reset() {
    pinnedMillis = null;
    offsetMillis = 0;
    changed();
  }

  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
