package se.kompetenslaget.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contact persons at the API edge. */
public final class ContactDtos {

    private ContactDtos() {
    }

    @Schema(name = "ContactRequest", description = "A municipality's contact person for surveys.")
    public record ContactRequest(
            @Schema(examples = "Anna Lind") @NotBlank(message = "must not be blank")
            @Size(max = 200, message = "must be at most 200 characters") String name,
            @Schema(examples = "anna.lind@lulea.se") @NotBlank(message = "must not be blank")
            @Email(message = "must be an e-mail address") @Size(max = 254, message = "must be at most 254 characters") String email,
            @Schema(description = "Their role, in words.", examples = "Enhetschef IFO")
            @Size(max = 200, message = "must be at most 200 characters") String role,
            @Schema(description = "Service areas they answer for (codes); empty or absent: all.", examples = "[\"barn_unga\"]")
            @Size(max = 20, message = "must be at most 20 service areas") List<String> serviceAreas,
            @Schema(description = "The language of their e-mails: sv (default) or en.", enumeration = { "sv", "en" })
            @Pattern(regexp = "^(sv|en)$", message = "must be sv or en") String language) {
    }

    @Schema(name = "Contact", description = "A municipality's contact person for surveys.")
    public record ContactView(UUID id, @Schema(examples = "2580") String municipalityCode,
            @Schema(examples = "Luleå") String municipalityName, String name, String email, String role,
            List<String> serviceAreas, @Schema(enumeration = { "sv", "en" }) String language, Instant createdAt,
            Instant updatedAt, @Schema(description = "The revision, for If-Match.") int version) {
    }

    @Schema(name = "ContactImport", description = "What a CSV import of contacts did.")
    public record ContactImport(@Schema(description = "Contacts added.") int created,
            @Schema(description = "Contacts already there (same municipality and e-mail address), changed to the file's.")
            int updated, @Schema(description = "Rows the same as what is stored.") int unchanged,
            List<ContactView> contacts) {
    }
}
