package org.carepath.devstack;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaAccessTest {

	@Test
	void thePartnersAreTheRealmsPartnerClients() {
		assertThat(KafkaAccess.partnerIds(Realm.render(StackPorts.defaults()))).containsExactlyElementsOf(
				DemoAccounts.PARTNERS.stream().map(DemoAccounts.PartnerClient::partnerId).toList());
	}

	@Test
	void aNewPartnerClientGetsItsTopicAndAcls() {
		String realm = "{\"claim.name\": \"partner_id\", \"claim.value\": \"harbor\"},"
				+ "{\"claim.name\": \"partner_id\",\n \"claim.value\": \"north-star\"}";

		List<String> partners = KafkaAccess.partnerIds(realm);

		assertThat(partners).containsExactly("harbor", "north-star");
		assertThat(KafkaAccess.topics(partners)).containsExactly("intake.screenings.v1", "referrals.lifecycle.v1",
				"referrals.partner.harbor.v1", "referrals.partner.north-star.v1");
		assertThat(grants(KafkaAccess.acls(partners), "User:partner-north-star")).containsExactlyInAnyOrder(
				"TOPIC:LITERAL:referrals.partner.north-star.v1:READ",
				"TOPIC:LITERAL:referrals.partner.north-star.v1:DESCRIBE", "GROUP:LITERAL:partner-north-star:READ");
	}

	@Test
	void aPartnerReadsItsOwnTopicInItsOwnGroupAndNothingElse() {
		List<AclBinding> acls = KafkaAccess.acls(List.of("harbor", "summit"));

		assertThat(grants(acls, "User:partner-harbor")).containsExactlyInAnyOrder(
				"TOPIC:LITERAL:referrals.partner.harbor.v1:READ", "TOPIC:LITERAL:referrals.partner.harbor.v1:DESCRIBE",
				"GROUP:LITERAL:partner-harbor:READ");
		assertThat(grants(acls, "User:partner-summit")).containsExactlyInAnyOrder(
				"TOPIC:LITERAL:referrals.partner.summit.v1:READ", "TOPIC:LITERAL:referrals.partner.summit.v1:DESCRIBE",
				"GROUP:LITERAL:partner-summit:READ");
	}

	@Test
	void theServicesGetWhatTheirEventsNeed() {
		List<AclBinding> acls = KafkaAccess.acls(List.of("harbor"));

		assertThat(grants(acls, "User:intake-service")).containsExactlyInAnyOrder(
				"TOPIC:LITERAL:intake.screenings.v1:WRITE", "TOPIC:LITERAL:intake.screenings.v1:DESCRIBE",
				"TOPIC:LITERAL:referrals.lifecycle.v1:READ", "TOPIC:LITERAL:referrals.lifecycle.v1:DESCRIBE",
				"GROUP:LITERAL:intake-service:READ");
		assertThat(grants(acls, "User:referral-service")).containsExactlyInAnyOrder(
				"TOPIC:LITERAL:intake.screenings.v1:READ", "TOPIC:LITERAL:intake.screenings.v1:DESCRIBE",
				"GROUP:LITERAL:referral-service:READ", "TOPIC:PREFIXED:referrals.partner.:WRITE",
				"TOPIC:PREFIXED:referrals.partner.:DESCRIBE", "TOPIC:LITERAL:referrals.lifecycle.v1:WRITE",
				"TOPIC:LITERAL:referrals.lifecycle.v1:DESCRIBE");
	}

	@Test
	void onlyNamedPrincipalsAreAllowedAndNobodyMayCreateOrAdminister() {
		List<AclBinding> acls = KafkaAccess.acls(List.of("harbor", "summit"));

		assertThat(acls).allSatisfy(acl -> {
			assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
			assertThat(acl.entry().principal()).isIn("User:intake-service", "User:referral-service",
					"User:partner-harbor", "User:partner-summit");
			assertThat(acl.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE);
			assertThat(acl.pattern().resourceType()).isIn(ResourceType.TOPIC, ResourceType.GROUP);
			assertThat(acl.pattern().name()).isNotEqualTo("*");
		});
		assertThat(LocalCa.BROKER_PRINCIPAL).isNotEqualTo("User:ANONYMOUS").startsWith("User:CN=");
	}

	@Test
	void serviceTopicsHaveEnoughPartitionsToSpreadAndPartnerTopicsKeepOneOrder() {
		assertThat(KafkaAccess.partitions(KafkaAccess.SCREENINGS)).isEqualTo(6);
		assertThat(KafkaAccess.partitions(KafkaAccess.LIFECYCLE)).isEqualTo(6);
		assertThat(KafkaAccess.partitions(KafkaAccess.partnerTopic("harbor"))).isEqualTo(1);
	}

	@Test
	void aPartnerIdThatIsNoSlugNamesNoTopic() {
		assertThatThrownBy(() -> KafkaAccess.partnerTopic("Harbor*")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> KafkaAccess.partnerIds("{\"claim.name\": \"partner_id\", \"claim.value\": \"a.b\"}"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static List<String> grants(List<AclBinding> acls, String principal) {
		return acls.stream()
			.filter(acl -> acl.entry().principal().equals(principal))
			.map(acl -> acl.pattern().resourceType() + ":" + acl.pattern().patternType() + ":" + acl.pattern().name()
					+ ":" + acl.entry().operation())
			.toList();
	}

}
