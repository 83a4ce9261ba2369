package io.portalops;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import io.portalops.audit.AuditCommand;
import io.portalops.backup.BackupCommand;
import io.portalops.backup.StorageCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
// each module's @ConfigurationProperties record (docs/configuration.md)
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/portalops.css")
// Server push for the Event Log's live tail: a WebSocket from server to browser; the browser's own requests stay
// ordinary XHR, so they pass the same Spring Security filters and CSRF check as without push.
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class PortalOpsApplication implements AppShellConfigurator {

    /** The tab icon; the files under META-INF/resources are served without a sign-in (WebSecurityConfiguration). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        if (BackupCommand.isRequested(args)) {
            // before Spring: a restore needs the installation stopped, and neither needs the web server or the pool
            System.exit(BackupCommand.run(args));
        }
        if (StorageCommand.isRequested(args)) {
            System.exit(StorageCommand.run(PortalOpsApplication.class, args));
        }
        if (AuditCommand.isRequested(args)) {
            System.exit(AuditCommand.run(PortalOpsApplication.class, args));
        }
        SpringApplication.run(PortalOpsApplication.class, args);
    }
}
