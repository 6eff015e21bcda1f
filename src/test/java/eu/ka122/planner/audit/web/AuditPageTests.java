package eu.ka122.planner.audit.web;

import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.support.IntegrationTest;
import eu.ka122.planner.support.SignIn;
import eu.ka122.planner.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
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
	void theAuditTrailRefusesUpdatesDeletesAndTruncation() {
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone else'"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event")).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
	}

}
