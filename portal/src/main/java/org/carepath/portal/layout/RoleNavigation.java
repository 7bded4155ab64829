package org.carepath.portal.layout;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages each realm role leads to. The one place that knows it: the header, the
 * staff home cards and the placeholder pages all read from here. It decides what is
 * shown, not what is allowed — the services check the token's roles on every call.
 */
public final class RoleNavigation {

	private static final String DASHBOARD = "How the clinic is doing over a period: screenings, the SBIRT funnel, crisis alerts, referrals and education.";

	private static final List<NavLink> LINKS = List.of(
			new NavLink("staff", "Screening queue", "/staff/queue",
					"Self-checks waiting for review, crisis flags first, with waiting time and status."),
			new NavLink("staff", "Administer", "/staff/administer",
					"Take a patient through a screening in person or on the phone and record their answers."),
			new NavLink("staff", "Referrals", "/staff/referrals",
					"Suggested referrals and referrals to partner programs: level of care, consent and partner replies."),
			new NavLink("staff", "Dashboard", "/staff/dashboard", DASHBOARD),
			// Admins see it too, with or without the staff role (listed once: linksFor).
			new NavLink("admin", "Dashboard", "/staff/dashboard", DASHBOARD),
			new NavLink("content-editor", "Articles", "/staff/content",
					"Write and revise education articles, then send them for clinical review."),
			new NavLink("content-reviewer", "Review queue", "/staff/review",
					"Article revisions waiting for your clinical approval before they are published."),
			new NavLink("admin", "Audit log", "/staff/audit",
					"Who read or changed a screening, referral or consent, and when."),
			new NavLink("admin", "On-call roster", "/staff/admin/on-call",
					"Who is emailed when a crisis alert opens: weekly slots, dated exceptions and escalation."),
			new NavLink("patient", "My check-ins", "/me/screenings",
					"Your past self-checks and what they mean, visible only to you and your care team."));

	private RoleNavigation() {
	}

	/**
	 * The links for these roles, in a fixed order so the menu does not reshuffle between
	 * pages.
	 */
	public static List<NavLink> linksFor(Collection<String> roles) {
		Set<String> paths = new HashSet<>();
		return LINKS.stream().filter(link -> roles.contains(link.role()) && paths.add(link.path())).toList();
	}

	/** Where a patient's own pages start. */
	public static final String PATIENT_HOME = "/me/screenings";

	/** Where staff work starts. */
	public static final String STAFF_HOME = "/staff";

	/**
	 * Where someone lands after signing in: a patient and nothing else on their own
	 * check-ins, anyone with a staff role (or no role yet, to be told whom to ask) on the
	 * staff home.
	 */
	public static String landingFor(Collection<String> roles) {
		boolean staffWork = linksFor(roles).stream().anyMatch(link -> !"patient".equals(link.role()));
		return (!staffWork && roles.contains("patient")) ? PATIENT_HOME : STAFF_HOME;
	}

	public static Optional<NavLink> forPath(String path) {
		return LINKS.stream().filter(link -> link.path().equals(path)).findFirst();
	}

}
