package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * A person in the directory is not an account: whatever identifier of theirs is tried, the one authentication manager
 * behind the login form and the API refuses it. Only a person linked to an account signs in, and as that account.
 */
@SpringBootTest
class PeopleWithoutLoginTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    PersonService people;

    @Autowired
    TestUsers users;

    @Test
    void a_directory_person_without_an_account_cannot_sign_in_with_any_of_their_identifiers() {
        PersonDetails person = fixtures.person("Nora Nologin");
        assertThat(person.accountId()).isNull();

        for (String username :
                List.of(person.email(), person.employeeNumber(), person.name(), "nora", "nora.nologin")) {
            for (String password : List.of(username, "", DirectoryFixtures.PASSWORD)) {
                assertThatThrownBy(() -> authentication.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
                        .as("%s / %s", username, password)
                        .isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void a_person_linked_to_an_account_signs_in_as_that_account_only() {
        String username = fixtures.account(Role.PRODUCT_ADMIN);
        PersonForm f = DirectoryFixtures.form("Linked Lena", EmploymentStatus.ACTIVE);
        PersonDetails linked = users.as(
                "admin",
                () -> people.create(new PersonForm(
                        f.employeeNumber(),
                        f.name(),
                        f.email(),
                        null,
                        null,
                        null,
                        null,
                        EmploymentStatus.ACTIVE,
                        null,
                        null,
                        fixtures.accountId(username),
                        null)));
        assertThat(linked.accountUsername()).isEqualTo(username);

        assertThat(authentication
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                username, DirectoryFixtures.PASSWORD))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        linked.email(), DirectoryFixtures.PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
    }
}
