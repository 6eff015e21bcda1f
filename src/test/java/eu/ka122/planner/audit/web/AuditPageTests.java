package eu.ka122.planner.audit.web;

import java.util.Locale;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class AuditPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signInsAndFailuresAreRecordedWithTheAddressAndFoundBySearch() {
		String coordinator = this.accounts.user(Role.COORDINATOR, "ES");
		this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).param("username", coordinator).param("password", "wrong password").exchange();
		SignIn.as(this.mvc, coordinator);
		var admin = SignIn.as(this.mvc, this.accounts.user(Role.ADMIN, null));
		assertThat(this.mvc.get().uri("/admin/audit?actor=" + coordinator).session(admin)).hasStatusOk()
			.bodyText()
			.contains("2 events")
			.contains("login.failure")
			.contains("login.success")
			.contains("203.0.113.7");
		assertThat(this.mvc.get().uri("/admin/audit?actor=" + coordinator + "&action=failure").session(admin))
			.bodyText()
			.contains("1 event");
		assertThat(this.mvc.get().uri("/admin/audit?from=yesterday").session(admin)).hasStatusOk()
			.bodyText()
			.contains("Enter days as YYYY-MM-DD");
	}

	@Test
	void whoWhatRecordAndTextAreSearchedWithoutCaseOrAccents() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
		// a failed sign-in records the user name as typed
		this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("198.51.100.25");
			return request;
		}).param("username", "Łukasz.Müller." + tag).param("password", "wrong password").exchange();
		String adminName = this.accounts.user(Role.ADMIN, null);
		var admin = SignIn.as(this.mvc, adminName);
		String oid = "E" + (20_000_000 + (int) (System.nanoTime() % 70_000_000));
		assertThat(this.mvc.post()
			.uri("/admin/organisations")
			.session(admin)
			.with(csrf())
			.param("oid", oid)
			.param("legalName", "Szkoła Podstawowa Łódź " + tag)
			.param("country", "PL")
			.param("type", "SCHOOL")).hasStatus3xxRedirection();
		assertThat(audit(admin, "actor", "LUKASZ.MULLER." + tag)).contains(">1 event<").contains("login.failure");
		assertThat(audit(admin, "text", "szkola podstawowa lodz " + tag)).contains(">1 event<")
			.contains("organisation.created");
		assertThat(audit(admin, "text", "ŁÓDŹ " + tag, "actor", adminName.toUpperCase(Locale.ROOT), "action", "CREATED",
				"entity", "ORGANISATION"))
			.contains(">1 event<");
		assertThat(audit(admin, "text", "lodz_" + tag)).contains(">No events<");
	}

	@Test
	void theAuditTrailRefusesUpdatesDeletesAndTruncation() {
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone else'"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event")).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
	}

	private String audit(MockHttpSession admin, String... parameters) throws Exception {
		var request = this.mvc.get().uri("/admin/audit").session(admin);
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
