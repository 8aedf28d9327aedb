package no.arsberetning.keyfigures.groups;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Peer groups: {@code GET /groups} (readers), {@code GET /groups/{id}} with its ETag; administrators create
 * ({@code POST}), change ({@code PUT}, {@code If-Match}) and remove ({@code DELETE}, {@code If-Match}) them.
 */
@RestController
@RequestMapping("${arsberetning.key-figures.api-prefix}/groups")
class GroupsController {

    private final PeerGroups groups;
    private final String prefix;

    GroupsController(PeerGroups groups, KeyFiguresProperties properties) {
        this.groups = groups;
        this.prefix = properties.apiPrefix();
    }

    @GetMapping
    List<PeerGroup> all() {
        return groups.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<PeerGroup> one(@PathVariable String id) {
        PeerGroup group = groups.existing(id);
        return ResponseEntity.ok().eTag(ETags.of(group.version())).body(group);
    }

    @PostMapping
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<PeerGroup> create(@Valid @RequestBody NewGroup group, Authentication who) {
        PeerGroup created = groups.create(group.id(), group.group(), who.getName());
        return ResponseEntity.created(URI.create(prefix + "/groups/" + created.id())).eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<PeerGroup> update(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody GroupEdit edit, Authentication who) {
        PeerGroup saved = groups.update(id, ifMatch, edit, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Authentication who) {
        groups.delete(id, ifMatch, who.getName());
        return ResponseEntity.noContent().build();
    }
}
