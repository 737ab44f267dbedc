package se.kompetenslaget.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One role held by a person, for one county or municipality where the role is scoped. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public User user;

    @Convert(converter = RoleConverter.class)
    @Column(nullable = false)
    public Role role;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    /** Stores a role by its API name. */
    @Converter
    public static class RoleConverter implements AttributeConverter<Role, String> {

        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : role.value();
        }

        @Override
        public Role convertToEntityAttribute(String value) {
            return value == null ? null : Role.of(value).orElseThrow();
        }
    }
}
