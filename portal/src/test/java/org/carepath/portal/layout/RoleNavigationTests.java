package org.carepath.portal.layout;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoleNavigationTests {

	@ParameterizedTest
	@CsvSource({ "content-editor, Articles, /staff/content", "content-reviewer, Review queue, /staff/review",
			"patient, My check-ins, /me/screenings" })
	void eachRoleLeadsToItsOwnPage(String role, String label, String path) {
		List<NavLink> links = RoleNavigation.linksFor(Set.of(role));

		assertThat(links).singleElement().satisfies(link -> {
			assertThat(link.label()).isEqualTo(label);
			assertThat(link.path()).isEqualTo(path);
			assertThat(link.description()).isNotBlank();
		});
	}

	@Test
	void severalRolesGiveTheirLinksInAFixedOrder() {
		List<NavLink> links = RoleNavigation.linksFor(List.of("admin", "clinician", "staff"));

		assertThat(links).extracting(NavLink::label)
			.containsExactly("Screening queue", "Administer", "Referrals", "Dashboard", "Audit log", "On-call roster");
	}

	@Test
	void adminsSeeTheDashboardTheAuditLogAndTheOnCallRosterEvenWithoutTheStaffRole() {
		assertThat(RoleNavigation.linksFor(Set.of("admin"))).extracting(NavLink::path)
			.containsExactly("/staff/dashboard", "/staff/audit", "/staff/admin/on-call");
	}

	@Test
	void staffWorkTheQueueAdministerScreeningsAndSeeReferralsAndTheDashboard() {
		assertThat(RoleNavigation.linksFor(Set.of("staff"))).extracting(NavLink::path)
			.containsExactly("/staff/queue", "/staff/administer", "/staff/referrals", "/staff/dashboard");
	}

	@Test
	void theClinicianRoleAloneAddsNoLinkReferringHappensFromTheStaffPages() {
		assertThat(RoleNavigation.linksFor(Set.of("clinician"))).isEmpty();
	}

	@Test
	void rolesWithoutPagesGiveNoLinks() {
		assertThat(RoleNavigation.linksFor(Set.of("partner", "offline_access"))).isEmpty();
		assertThat(RoleNavigation.linksFor(Set.of())).isEmpty();
	}

	@Test
	void placeholderPagesFindTheirLinkByPath() {
		assertThat(RoleNavigation.forPath("/staff/review")).get().extracting(NavLink::label).isEqualTo("Review queue");
		assertThat(RoleNavigation.forPath("/staff/nothing")).isEmpty();
	}

}
