package org.carepath.content.resource;

/**
 * Where to turn for help, as readers see it. {@code text} is the number to send an SMS
 * to. The {@code kind} keeps crisis lines apart from referral lines: SAMHSA's helpline is
 * a {@code helpline}, never a {@code crisis-line}.
 */
public record SupportResource(String id, String kind, String name, String phone, String text, String url, String hours,
		String description) {

}
