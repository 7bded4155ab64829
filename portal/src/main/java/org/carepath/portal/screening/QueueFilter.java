package org.carepath.portal.screening;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The queue's filters as the GET form sends them. Anything that is not a plausible code
 * is dropped (an empty choice means "all"), so a hand-edited address shows the whole
 * queue rather than an error.
 */
record QueueFilter(@Nullable String status, @Nullable String instrument, @Nullable String band) {

	/**
	 * The choices the filter offers: the codes {@link ScreeningWords} names, in its
	 * order.
	 */
	static final List<String> STATUSES = List.copyOf(ScreeningWords.STATUSES.keySet());

	static final List<String> BANDS = List.copyOf(ScreeningWords.BANDS.keySet());

	private static final Pattern CODE = Pattern.compile("[a-z0-9.-]{1,40}");

	static QueueFilter of(@Nullable String status, @Nullable String instrument, @Nullable String band) {
		return new QueueFilter((status != null && STATUSES.contains(status)) ? status : null, code(instrument),
				code(band));
	}

	public boolean isEmpty() {
		return this.status == null && this.instrument == null && this.band == null;
	}

	private static @Nullable String code(@Nullable String value) {
		return (value != null && CODE.matcher(value).matches()) ? value : null;
	}

}
