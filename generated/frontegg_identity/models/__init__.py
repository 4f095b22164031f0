"""Data models of the Frontegg Identity API.

Models are imported on first use (PEP 562 ``__getattr__``), so importing one operation module does not
import all of them; ``from <package>.models import X`` and type checkers work as usual.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_invitation import AcceptInvitation
    from .accept_invitation_with_code import AcceptInvitationWithCode
    from .activate_user import ActivateUser
    from .activate_user_with_code import ActivateUserWithCode
    from .activation_strategy_response import ActivationStrategyResponse
    from .activation_strategy_response_strategy import ActivationStrategyResponseStrategy
    from .add_permission_request import AddPermissionRequest
    from .add_permission_request_assignment_type import AddPermissionRequestAssignmentType
    from .add_permission_to_role_request import AddPermissionToRoleRequest
    from .add_role_request import AddRoleRequest
    from .add_role_with_permissions_request import AddRoleWithPermissionsRequest
    from .add_role_with_permissions_response import AddRoleWithPermissionsResponse
    from .add_roles_to_permission_request import AddRolesToPermissionRequest
    from .add_user_to_sub_tenants_request import AddUserToSubTenantsRequest
    from .add_user_to_tenant_request import AddUserToTenantRequest
    from .add_users_to_sub_tenant_request import AddUsersToSubTenantRequest
    from .api_token_auth_v2_response import ApiTokenAuthV2Response
    from .application_user_tenants_response import ApplicationUserTenantsResponse
    from .applications_of_user import ApplicationsOfUser
    from .approval_flow_channel import ApprovalFlowChannel
    from .approval_flow_channel_dto import ApprovalFlowChannelDto
    from .approval_flow_configuration import ApprovalFlowConfiguration
    from .approval_flow_configuration_response import ApprovalFlowConfigurationResponse
    from .approval_flow_execution import ApprovalFlowExecution
    from .approval_flow_execution_status import ApprovalFlowExecutionStatus
    from .approval_flow_execution_steps_item import ApprovalFlowExecutionStepsItem
    from .approval_flow_response import ApprovalFlowResponse
    from .approval_flow_step_response import ApprovalFlowStepResponse
    from .approval_flows_list_response import ApprovalFlowsListResponse
    from .approver_action import ApproverAction
    from .approver_selector import ApproverSelector
    from .approver_selector_response import ApproverSelectorResponse
    from .assign_applications_to_user_source_request import AssignApplicationsToUserSourceRequest
    from .assign_user_to_roles import AssignUserToRoles
    from .assign_user_to_roles_response import AssignUserToRolesResponse
    from .assign_users_to_app_request import AssignUsersToAppRequest
    from .auth_0_configuration import Auth0Configuration
    from .auth_api_token import AuthApiToken
    from .auth_request_enroll_mfa_request import AuthRequestEnrollMfaRequest
    from .auth_request_verify_mfa_request import AuthRequestVerifyMfaRequest
    from .auth_tenant_access_token_response import AuthTenantAccessTokenResponse
    from .auth_user_access_token_response import AuthUserAccessTokenResponse
    from .authenticate_user_password import AuthenticateUserPassword
    from .authenticate_user_passwordless import AuthenticateUserPasswordless
    from .authenticate_user_web_authn import AuthenticateUserWebAuthn
    from .authenticate_user_web_authn_authenticator_attachment_type_1 import (
        AuthenticateUserWebAuthnAuthenticatorAttachmentType1,
    )
    from .authenticate_user_web_authn_authenticator_attachment_type_2_type_1 import (
        AuthenticateUserWebAuthnAuthenticatorAttachmentType2Type1,
    )
    from .authenticate_user_web_authn_authenticator_attachment_type_3_type_1 import (
        AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1,
    )
    from .authenticate_user_web_authn_client_extension_results import AuthenticateUserWebAuthnClientExtensionResults
    from .authenticate_user_web_authn_type import AuthenticateUserWebAuthnType
    from .authentication_app_configuration import AuthenticationAppConfiguration
    from .authentication_response import AuthenticationResponse
    from .authentication_response_mfa_strategies import AuthenticationResponseMfaStrategies
    from .bulk_create_ip_restrictions_request import BulkCreateIpRestrictionsRequest
    from .bulk_invite_status import BulkInviteStatus
    from .bulk_invite_status_report_item import BulkInviteStatusReportItem
    from .bulk_invite_status_report_item_status import BulkInviteStatusReportItemStatus
    from .bulk_invite_status_status import BulkInviteStatusStatus
    from .bulk_roles_task_error import BulkRolesTaskError
    from .bulk_roles_task_status_response import BulkRolesTaskStatusResponse
    from .bulk_roles_task_status_response_status import BulkRolesTaskStatusResponseStatus
    from .bulk_update_user_roles_request import BulkUpdateUserRolesRequest
    from .bulk_update_user_roles_sync_response import BulkUpdateUserRolesSyncResponse
    from .captcha_policy_request import CaptchaPolicyRequest
    from .captcha_policy_response import CaptchaPolicyResponse
    from .check_allow_remember_response import CheckAllowRememberResponse
    from .classify_permissions import ClassifyPermissions
    from .classify_permissions_type import ClassifyPermissionsType
    from .core_user import CoreUser
    from .core_user_managed_by import CoreUserManagedBy
    from .create_approval_flow import CreateApprovalFlow
    from .create_approval_flow_step import CreateApprovalFlowStep
    from .create_auth_0_external_user_source_request import CreateAuth0ExternalUserSourceRequest
    from .create_category import CreateCategory
    from .create_cognito_external_user_source_request import CreateCognitoExternalUserSourceRequest
    from .create_custom_code_external_user_source_request import CreateCustomCodeExternalUserSourceRequest
    from .create_custom_sso_request import CreateCustomSsoRequest
    from .create_delegation_configuration_request import CreateDelegationConfigurationRequest
    from .create_federation_user_source_request import CreateFederationUserSourceRequest
    from .create_firebase_external_user_source_request import CreateFirebaseExternalUserSourceRequest
    from .create_group import CreateGroup
    from .create_invite_token_request import CreateInviteTokenRequest
    from .create_invite_token_request_for_user import CreateInviteTokenRequestForUser
    from .create_invite_token_request_for_user_v2 import CreateInviteTokenRequestForUserV2
    from .create_jwt_template import CreateJwtTemplate
    from .create_jwt_template_algorithm import CreateJwtTemplateAlgorithm
    from .create_or_update_activation_strategy_request import CreateOrUpdateActivationStrategyRequest
    from .create_or_update_activation_strategy_request_strategy import CreateOrUpdateActivationStrategyRequestStrategy
    from .create_or_update_group_configuration import CreateOrUpdateGroupConfiguration
    from .create_or_update_invitation_strategy_request import CreateOrUpdateInvitationStrategyRequest
    from .create_or_update_ip_restriction import CreateOrUpdateIpRestriction
    from .create_or_update_ip_restriction_config import CreateOrUpdateIpRestrictionConfig
    from .create_or_update_ip_restriction_config_strategy import CreateOrUpdateIpRestrictionConfigStrategy
    from .create_or_update_ip_restriction_strategy import CreateOrUpdateIpRestrictionStrategy
    from .create_or_update_mail_config_request import CreateOrUpdateMailConfigRequest
    from .create_or_update_mail_config_v2_body import CreateOrUpdateMailConfigV2Body
    from .create_or_update_mfa_strategy_request import CreateOrUpdateMfaStrategyRequest
    from .create_or_update_mfa_strategy_request_strategy import CreateOrUpdateMfaStrategyRequestStrategy
    from .create_or_update_password_rotation import CreateOrUpdatePasswordRotation
    from .create_session_configuration_request import CreateSessionConfigurationRequest
    from .create_sms_template_request import CreateSmsTemplateRequest
    from .create_sms_vendor_config_request import CreateSmsVendorConfigRequest
    from .create_template import CreateTemplate
    from .create_template_type import CreateTemplateType
    from .create_tenant_access_token_request import CreateTenantAccessTokenRequest
    from .create_tenant_api_token import CreateTenantApiToken
    from .create_tenant_api_token_metadata import CreateTenantApiTokenMetadata
    from .create_tenant_api_token_response import CreateTenantApiTokenResponse
    from .create_tenant_api_token_response_metadata import CreateTenantApiTokenResponseMetadata
    from .create_user import CreateUser
    from .create_user_access_token_request import CreateUserAccessTokenRequest
    from .create_user_api_token import CreateUserApiToken
    from .create_user_api_token_metadata import CreateUserApiTokenMetadata
    from .create_user_api_token_response import CreateUserApiTokenResponse
    from .create_user_api_token_response_metadata import CreateUserApiTokenResponseMetadata
    from .create_user_email_metadata import CreateUserEmailMetadata
    from .create_user_email_request import CreateUserEmailRequest
    from .create_user_email_vendor_request import CreateUserEmailVendorRequest
    from .create_user_email_verify_request import CreateUserEmailVerifyRequest
    from .create_user_emails_policy_request import CreateUserEmailsPolicyRequest
    from .create_user_phone_number_request import CreateUserPhoneNumberRequest
    from .create_user_provider import CreateUserProvider
    from .create_user_source_response import CreateUserSourceResponse
    from .create_user_vendor_only import CreateUserVendorOnly
    from .create_username_request import CreateUsernameRequest
    from .custom_sso_provider import CustomSsoProvider
    from .custom_sso_providers import CustomSsoProviders
    from .delete_user_to_roles_response import DeleteUserToRolesResponse
    from .disable_mfa_auth_app_request import DisableMfaAuthAppRequest
    from .disable_mfa_sms_request import DisableMfaSmsRequest
    from .disable_my_web_authn_mfa_request import DisableMyWebAuthnMfaRequest
    from .domain_restrictions_bulk_request_request import DomainRestrictionsBulkRequestRequest
    from .domain_restrictions_bulk_request_request_type import DomainRestrictionsBulkRequestRequestType
    from .domain_restrictions_config_response import DomainRestrictionsConfigResponse
    from .domain_restrictions_config_response_list_type import DomainRestrictionsConfigResponseListType
    from .domain_restrictions_config_update_request import DomainRestrictionsConfigUpdateRequest
    from .domain_restrictions_config_update_request_type import DomainRestrictionsConfigUpdateRequestType
    from .domain_restrictions_create_request import DomainRestrictionsCreateRequest
    from .domain_restrictions_create_request_type import DomainRestrictionsCreateRequestType
    from .domain_restrictions_response import DomainRestrictionsResponse
    from .domain_restrictions_response_page import DomainRestrictionsResponsePage
    from .domain_restrictions_response_type import DomainRestrictionsResponseType
    from .email_configuration import EmailConfiguration
    from .email_object import EmailObject
    from .enroll_my_web_authn_mfa_request import EnrollMyWebAuthnMfaRequest
    from .enroll_my_web_authn_mfa_request_device_type import EnrollMyWebAuthnMfaRequestDeviceType
    from .error_response import ErrorResponse
    from .error_response_context import ErrorResponseContext
    from .execute_approval_flow import ExecuteApprovalFlow
    from .execute_approval_flow_execution_data import ExecuteApprovalFlowExecutionData
    from .execution_data_response import ExecutionDataResponse
    from .execution_data_response_execution_data import ExecutionDataResponseExecutionData
    from .external_auth_0_user_source_config import ExternalAuth0UserSourceConfig
    from .external_cognito_user_source_config import ExternalCognitoUserSourceConfig
    from .external_custom_code_user_source_config import ExternalCustomCodeUserSourceConfig
    from .external_firebase_user_source_config import ExternalFirebaseUserSourceConfig
    from .federation_user_source_config import FederationUserSourceConfig
    from .firebase_service_account_config import FirebaseServiceAccountConfig
    from .frontegg_pagination_links import FronteggPaginationLinks
    from .frontegg_pagination_metadata import FronteggPaginationMetadata
    from .generate_user_activation_link_response import GenerateUserActivationLinkResponse
    from .generate_user_reset_password_link_response import GenerateUserResetPasswordLinkResponse
    from .get_activate_strategy_response import GetActivateStrategyResponse
    from .get_active_sessions_response import GetActiveSessionsResponse
    from .get_default_template_configuration_type import GetDefaultTemplateConfigurationType
    from .get_delegation_configuration_response import GetDelegationConfigurationResponse
    from .get_group_by_id_groups_relations import GetGroupByIdGroupsRelations
    from .get_group_configuration_response import GetGroupConfigurationResponse
    from .get_groups import GetGroups
    from .get_groups_by_ids_groups_relations import GetGroupsByIdsGroupsRelations
    from .get_ip_restriction_response import GetIpRestrictionResponse
    from .get_ip_restriction_response_page import GetIpRestrictionResponsePage
    from .get_ip_restriction_response_strategy import GetIpRestrictionResponseStrategy
    from .get_jwt_templates_order import GetJwtTemplatesOrder
    from .get_jwt_templates_sort_by import GetJwtTemplatesSortBy
    from .get_mail_config_response import GetMailConfigResponse
    from .get_mail_config_response_extension_item import GetMailConfigResponseExtensionItem
    from .get_mail_config_response_provider import GetMailConfigResponseProvider
    from .get_template_configuration_type import GetTemplateConfigurationType
    from .get_template_response import GetTemplateResponse
    from .get_tenant_access_tokens_response import GetTenantAccessTokensResponse
    from .get_tenant_api_tokens_response import GetTenantApiTokensResponse
    from .get_tenant_api_tokens_response_metadata import GetTenantApiTokensResponseMetadata
    from .get_tenants_users_count_request import GetTenantsUsersCountRequest
    from .get_user_access_tokens_response import GetUserAccessTokensResponse
    from .get_user_api_tokens_response import GetUserApiTokensResponse
    from .get_user_api_tokens_response_metadata import GetUserApiTokensResponseMetadata
    from .get_user_emails_policy_response import GetUserEmailsPolicyResponse
    from .get_user_groups_response_item import GetUserGroupsResponseItem
    from .get_user_roles_response_item import GetUserRolesResponseItem
    from .get_user_source_extended_response import GetUserSourceExtendedResponse
    from .get_user_source_response import GetUserSourceResponse
    from .get_user_source_users_response import GetUserSourceUsersResponse
    from .get_user_source_users_response_page import GetUserSourceUsersResponsePage
    from .get_user_tenant_statuses_user_tenant_statuses_item import GetUserTenantStatusesUserTenantStatusesItem
    from .get_user_tenants_hierarchy_response import GetUserTenantsHierarchyResponse
    from .get_user_tenants_response import GetUserTenantsResponse
    from .get_users_identifier_type import GetUsersIdentifierType
    from .get_users_order import GetUsersOrder
    from .get_users_sort_by import GetUsersSortBy
    from .get_users_usernames_order import GetUsersUsernamesOrder
    from .get_users_usernames_sort_by import GetUsersUsernamesSortBy
    from .get_users_v2_order import GetUsersV2Order
    from .get_users_v2_sort_by import GetUsersV2SortBy
    from .group_response import GroupResponse
    from .group_response_managed_by import GroupResponseManagedBy
    from .group_response_page import GroupResponsePage
    from .group_user import GroupUser
    from .groups_response import GroupsResponse
    from .identity_condition import IdentityCondition
    from .identity_condition_attribute import IdentityConditionAttribute
    from .identity_condition_op import IdentityConditionOp
    from .identity_condition_value import IdentityConditionValue
    from .identity_rule import IdentityRule
    from .identity_rule_condition_logic import IdentityRuleConditionLogic
    from .impersonate_user_request import ImpersonateUserRequest
    from .impersonate_user_response import ImpersonateUserResponse
    from .invitation_configuration_response import InvitationConfigurationResponse
    from .invitation_strategy_response import InvitationStrategyResponse
    from .invitation_strategy_response_strategy import InvitationStrategyResponseStrategy
    from .invite_token import InviteToken
    from .ip_restriction_config import IpRestrictionConfig
    from .ip_restriction_config_strategy import IpRestrictionConfigStrategy
    from .ip_test_result import IpTestResult
    from .jwt_template_payload import JwtTemplatePayload
    from .jwt_template_payload_claims import JwtTemplatePayloadClaims
    from .jwt_template_payload_response import JwtTemplatePayloadResponse
    from .jwt_template_payload_response_claims import JwtTemplatePayloadResponseClaims
    from .jwt_template_response import JwtTemplateResponse
    from .jwt_template_response_algorithm import JwtTemplateResponseAlgorithm
    from .jwt_template_response_page import JwtTemplateResponsePage
    from .jwt_template_targeting import JwtTemplateTargeting
    from .jwt_template_targeting_response import JwtTemplateTargetingResponse
    from .jwt_template_targeting_rules_item import JwtTemplateTargetingRulesItem
    from .jwt_template_targeting_rules_item_conditions_item import JwtTemplateTargetingRulesItemConditionsItem
    from .jwt_template_targeting_rules_item_conditions_item_value import (
        JwtTemplateTargetingRulesItemConditionsItemValue,
    )
    from .list_groups_groups_relations import ListGroupsGroupsRelations
    from .list_groups_v2_groups_relations import ListGroupsV2GroupsRelations
    from .list_groups_v2_order import ListGroupsV2Order
    from .list_groups_v2_sort_by import ListGroupsV2SortBy
    from .list_phone_numbers_order import ListPhoneNumbersOrder
    from .list_phone_numbers_sort_by import ListPhoneNumbersSortBy
    from .list_phone_numbers_v2_order import ListPhoneNumbersV2Order
    from .list_phone_numbers_v2_sort_by import ListPhoneNumbersV2SortBy
    from .list_roles_v2_order import ListRolesV2Order
    from .list_roles_v2_sort_by import ListRolesV2SortBy
    from .list_sub_tenants_users_order import ListSubTenantsUsersOrder
    from .list_sub_tenants_users_sort_by import ListSubTenantsUsersSortBy
    from .list_user_emails_order import ListUserEmailsOrder
    from .list_user_emails_sort_by import ListUserEmailsSortBy
    from .lockout_policy_request import LockoutPolicyRequest
    from .lockout_policy_response import LockoutPolicyResponse
    from .login_mfa_sms_enroll_request import LoginMfaSmsEnrollRequest
    from .login_mfa_sms_enroll_verify_request import LoginMfaSmsEnrollVerifyRequest
    from .mailgun import Mailgun
    from .mailgun_provider import MailgunProvider
    from .mailgun_region import MailgunRegion
    from .mark_email_as_primary_request import MarkEmailAsPrimaryRequest
    from .me_authorization_response import MeAuthorizationResponse
    from .mfa_auth_app_config import MfaAuthAppConfig
    from .mfa_config_request import MfaConfigRequest
    from .mfa_config_response import MfaConfigResponse
    from .mfa_email_config import MfaEmailConfig
    from .mfa_policy_request import MfaPolicyRequest
    from .mfa_policy_request_enforce_mfa_type import MfaPolicyRequestEnforceMFAType
    from .mfa_policy_response import MfaPolicyResponse
    from .mfa_sms_config import MfaSmsConfig
    from .mfa_strategies_response import MfaStrategiesResponse
    from .mfa_strategy_response import MfaStrategyResponse
    from .mfa_strategy_response_strategy import MfaStrategyResponseStrategy
    from .migrate_user_request_v1 import MigrateUserRequestV1
    from .migrate_user_request_v1_provider import MigrateUserRequestV1Provider
    from .migrate_user_request_v2 import MigrateUserRequestV2
    from .migrate_user_request_v2_provider import MigrateUserRequestV2Provider
    from .migrate_users_from_tenant_to_tenant_request import MigrateUsersFromTenantToTenantRequest
    from .migrate_users_request_v1 import MigrateUsersRequestV1
    from .migrate_users_request_v2 import MigrateUsersRequestV2
    from .migration_context import MigrationContext
    from .migration_object import MigrationObject
    from .migration_object_failures_item import MigrationObjectFailuresItem
    from .migration_started import MigrationStarted
    from .oauth_2_user_source_config import Oauth2UserSourceConfig
    from .optional_tests_config import OptionalTestsConfig
    from .passkey_device import PasskeyDevice
    from .passkey_device_device_type import PasskeyDeviceDeviceType
    from .passkey_devices_response import PasskeyDevicesResponse
    from .passkey_login_options_response import PasskeyLoginOptionsResponse
    from .passkey_login_request import PasskeyLoginRequest
    from .passkey_login_request_authenticator_attachment_type_1 import PasskeyLoginRequestAuthenticatorAttachmentType1
    from .passkey_login_request_authenticator_attachment_type_2_type_1 import (
        PasskeyLoginRequestAuthenticatorAttachmentType2Type1,
    )
    from .passkey_login_request_authenticator_attachment_type_3_type_1 import (
        PasskeyLoginRequestAuthenticatorAttachmentType3Type1,
    )
    from .passkey_login_request_client_extension_results import PasskeyLoginRequestClientExtensionResults
    from .passkey_login_request_type import PasskeyLoginRequestType
    from .passkey_pre_login_request import PasskeyPreLoginRequest
    from .passkey_registration_options_response import PasskeyRegistrationOptionsResponse
    from .password_config_request import PasswordConfigRequest
    from .password_config_response import PasswordConfigResponse
    from .password_config_response_optional_tests import PasswordConfigResponseOptionalTests
    from .password_config_response_required_tests import PasswordConfigResponseRequiredTests
    from .password_hashing_type import PasswordHashingType
    from .password_history_policy_request import PasswordHistoryPolicyRequest
    from .password_history_policy_response import PasswordHistoryPolicyResponse
    from .password_rotation_configuration_response import PasswordRotationConfigurationResponse
    from .passwordless_authentication_prelogin import PasswordlessAuthenticationPrelogin
    from .passwordless_authentication_sms_otc_prelogin import PasswordlessAuthenticationSmsOtcPrelogin
    from .passwordless_authentication_sms_otc_prelogin_response import PasswordlessAuthenticationSmsOtcPreloginResponse
    from .permission_category_response import PermissionCategoryResponse
    from .permission_response import PermissionResponse
    from .phone_number_type import PhoneNumberType
    from .pre_verify_user_phone_number_request import PreVerifyUserPhoneNumberRequest
    from .recover_mfa import RecoverMfa
    from .refresh_api_token import RefreshApiToken
    from .refresh_token import RefreshToken
    from .remove_user_from_sub_tenants_request import RemoveUserFromSubTenantsRequest
    from .remove_user_from_sub_tenants_request_sub_tenants_item import RemoveUserFromSubTenantsRequestSubTenantsItem
    from .request_disable_mfa_request import RequestDisableMfaRequest
    from .request_disable_mfa_sms_response import RequestDisableMfaSmsResponse
    from .request_enroll_authenticator_app_mfa_response import RequestEnrollAuthenticatorAppMfaResponse
    from .request_enroll_mfa_sms_request import RequestEnrollMfaSmsRequest
    from .request_enroll_mfa_sms_response import RequestEnrollMfaSmsResponse
    from .request_enroll_mfa_web_authn_response import RequestEnrollMfaWebAuthnResponse
    from .request_verify_mfa_email_response import RequestVerifyMfaEmailResponse
    from .request_verify_mfa_sms_response import RequestVerifyMfaSmsResponse
    from .request_verify_mfa_web_authn_response import RequestVerifyMfaWebAuthnResponse
    from .required_tests_config import RequiredTestsConfig
    from .reset_activation_token import ResetActivationToken
    from .reset_activation_token_email_metadata import ResetActivationTokenEmailMetadata
    from .reset_password import ResetPassword
    from .reset_password_by_email import ResetPasswordByEmail
    from .reset_password_by_email_email_metadata import ResetPasswordByEmailEmailMetadata
    from .reset_password_email_metadata import ResetPasswordEmailMetadata
    from .reset_password_identifier_type import ResetPasswordIdentifierType
    from .reset_password_via_sms_response import ResetPasswordViaSmsResponse
    from .reset_tenant_invitation import ResetTenantInvitation
    from .role import Role
    from .role_dto import RoleDto
    from .role_response import RoleResponse
    from .role_response_page import RoleResponsePage
    from .search_users_identifier_type import SearchUsersIdentifierType
    from .search_users_order import SearchUsersOrder
    from .search_users_sort_by import SearchUsersSortBy
    from .self_email_update_request import SelfEmailUpdateRequest
    from .self_email_update_verify_request import SelfEmailUpdateVerifyRequest
    from .send_grid import SendGrid
    from .send_grid_provider import SendGridProvider
    from .ses import Ses
    from .ses_provider import SesProvider
    from .ses_role import SesRole
    from .ses_role_provider import SesRoleProvider
    from .session_concurrent_configuration import SessionConcurrentConfiguration
    from .session_idle_timeout_configuration import SessionIdleTimeoutConfiguration
    from .session_timeout_configuration import SessionTimeoutConfiguration
    from .sign_up_response import SignUpResponse
    from .sign_up_user_email import SignUpUserEmail
    from .sign_up_user_email_email_metadata import SignUpUserEmailEmailMetadata
    from .sign_up_user_email_provider import SignUpUserEmailProvider
    from .sign_up_user_username import SignUpUserUsername
    from .sign_up_user_username_email_metadata import SignUpUserUsernameEmailMetadata
    from .sign_up_user_username_provider import SignUpUserUsernameProvider
    from .sms_configuration import SmsConfiguration
    from .sms_template_list import SmsTemplateList
    from .sms_template_response import SmsTemplateResponse
    from .sms_vendor_config_response import SmsVendorConfigResponse
    from .step_configuration import StepConfiguration
    from .step_configuration_response import StepConfigurationResponse
    from .sub_tenant_role_ids import SubTenantRoleIds
    from .sub_tenant_user import SubTenantUser
    from .sub_tenant_user_invite import SubTenantUserInvite
    from .sub_tenant_user_page import SubTenantUserPage
    from .sub_tenant_user_tenant import SubTenantUserTenant
    from .submit_approver_action_response import SubmitApproverActionResponse
    from .switch_application_active_user_tenant import SwitchApplicationActiveUserTenant
    from .switch_application_active_user_tenants_request import SwitchApplicationActiveUserTenantsRequest
    from .task_context import TaskContext
    from .temporary_user import TemporaryUser
    from .temporary_users_configuration import TemporaryUsersConfiguration
    from .tenant_access_token_response import TenantAccessTokenResponse
    from .tenant_info import TenantInfo
    from .tenant_status import TenantStatus
    from .tenant_status_status import TenantStatusStatus
    from .tenant_users_count import TenantUsersCount
    from .unassign_applications_from_user_source_request import UnassignApplicationsFromUserSourceRequest
    from .unassign_user_from_roles import UnassignUserFromRoles
    from .unassign_users_from_app_request import UnassignUsersFromAppRequest
    from .unlock_user_request import UnlockUserRequest
    from .unpublished_change_phone_number_request import UnpublishedChangePhoneNumberRequest
    from .unpublished_change_phone_number_with_verification_request import (
        UnpublishedChangePhoneNumberWithVerificationRequest,
    )
    from .unpublished_change_phone_number_with_verification_response import (
        UnpublishedChangePhoneNumberWithVerificationResponse,
    )
    from .unpublished_generate_step_up_request import UnpublishedGenerateStepUpRequest
    from .unpublished_password_recovery_strategy import UnpublishedPasswordRecoveryStrategy
    from .unpublished_password_recovery_strategy_strategy import UnpublishedPasswordRecoveryStrategyStrategy
    from .unpublished_reset_phone_number_request import UnpublishedResetPhoneNumberRequest
    from .unpublished_reset_phone_number_response import UnpublishedResetPhoneNumberResponse
    from .unpublished_revoke_user_sessions_request import UnpublishedRevokeUserSessionsRequest
    from .unpublished_sign_up_user_phone_number import UnpublishedSignUpUserPhoneNumber
    from .unpublished_user_jwt_request import UnpublishedUserJwtRequest
    from .unpublished_user_jwt_response import UnpublishedUserJwtResponse
    from .unpublished_validate_reset_password_token_request import UnpublishedValidateResetPasswordTokenRequest
    from .unpublished_verify_change_phone_number_request import UnpublishedVerifyChangePhoneNumberRequest
    from .unpublished_verify_reset_phone_number_request import UnpublishedVerifyResetPhoneNumberRequest
    from .unpublished_verify_reset_phone_number_response import UnpublishedVerifyResetPhoneNumberResponse
    from .update_api_token import UpdateApiToken
    from .update_api_token_metadata import UpdateApiTokenMetadata
    from .update_approval_flow import UpdateApprovalFlow
    from .update_category import UpdateCategory
    from .update_custom_sso_request import UpdateCustomSsoRequest
    from .update_external_auth_0_user_source_request import UpdateExternalAuth0UserSourceRequest
    from .update_external_cognito_user_source_request import UpdateExternalCognitoUserSourceRequest
    from .update_external_custom_code_user_source_request import UpdateExternalCustomCodeUserSourceRequest
    from .update_external_firebase_user_source_request import UpdateExternalFirebaseUserSourceRequest
    from .update_federation_user_source_request import UpdateFederationUserSourceRequest
    from .update_group import UpdateGroup
    from .update_invite_token_request import UpdateInviteTokenRequest
    from .update_jwt_template import UpdateJwtTemplate
    from .update_jwt_template_algorithm import UpdateJwtTemplateAlgorithm
    from .update_jwt_template_targeting_request import UpdateJwtTemplateTargetingRequest
    from .update_permission_request import UpdatePermissionRequest
    from .update_role_request import UpdateRoleRequest
    from .update_role_tenant_request import UpdateRoleTenantRequest
    from .update_roles_on_group import UpdateRolesOnGroup
    from .update_sub_account_access_request import UpdateSubAccountAccessRequest
    from .update_tenant_api_token_response import UpdateTenantApiTokenResponse
    from .update_tenant_api_token_response_metadata import UpdateTenantApiTokenResponseMetadata
    from .update_user import UpdateUser
    from .update_user_email import UpdateUserEmail
    from .update_user_invisible import UpdateUserInvisible
    from .update_user_password import UpdateUserPassword
    from .update_user_roles_for_sub_tenants_request import UpdateUserRolesForSubTenantsRequest
    from .update_user_roles_for_sub_tenants_request_sub_tenants_roles_item import (
        UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem,
    )
    from .update_user_superuser import UpdateUserSuperuser
    from .update_user_tenant import UpdateUserTenant
    from .update_user_tenant_with_validation import UpdateUserTenantWithValidation
    from .update_users_on_group import UpdateUsersOnGroup
    from .update_vendor_user import UpdateVendorUser
    from .user import User
    from .user_access_token_response import UserAccessTokenResponse
    from .user_application_active_tenant_response import UserApplicationActiveTenantResponse
    from .user_application_active_tenants_response import UserApplicationActiveTenantsResponse
    from .user_applications_request import UserApplicationsRequest
    from .user_bulk_invite_request import UserBulkInviteRequest
    from .user_bulk_invite_request_email_metadata import UserBulkInviteRequestEmailMetadata
    from .user_bulk_invite_request_provider import UserBulkInviteRequestProvider
    from .user_created_response import UserCreatedResponse
    from .user_email_response import UserEmailResponse
    from .user_email_response_page import UserEmailResponsePage
    from .user_groups_item import UserGroupsItem
    from .user_managed_by import UserManagedBy
    from .user_mfa_authenticator_app_response import UserMfaAuthenticatorAppResponse
    from .user_mfa_devices_response import UserMfaDevicesResponse
    from .user_mfa_email_code_response import UserMfaEmailCodeResponse
    from .user_mfa_phone_device_response import UserMfaPhoneDeviceResponse
    from .user_mfa_web_authn_device_response import UserMfaWebAuthnDeviceResponse
    from .user_mfa_web_authn_device_response_device_type import UserMfaWebAuthnDeviceResponseDeviceType
    from .user_page import UserPage
    from .user_phone_number_created_response import UserPhoneNumberCreatedResponse
    from .user_phone_number_delete_code_response import UserPhoneNumberDeleteCodeResponse
    from .user_phone_number_response import UserPhoneNumberResponse
    from .user_phone_number_response_page import UserPhoneNumberResponsePage
    from .user_source_configuration_view import UserSourceConfigurationView
    from .user_source_configuration_view_service_account import UserSourceConfigurationViewServiceAccount
    from .user_source_configuration_view_tenant_config import UserSourceConfigurationViewTenantConfig
    from .user_source_dynamic_tenant_config import UserSourceDynamicTenantConfig
    from .user_source_dynamic_tenant_config_tenant_resolver_type import UserSourceDynamicTenantConfigTenantResolverType
    from .user_source_from_source_tenant_config import UserSourceFromSourceTenantConfig
    from .user_source_from_source_tenant_config_tenant_resolver_type import (
        UserSourceFromSourceTenantConfigTenantResolverType,
    )
    from .user_source_new_tenant_config import UserSourceNewTenantConfig
    from .user_source_new_tenant_config_tenant_resolver_type import UserSourceNewTenantConfigTenantResolverType
    from .user_source_static_tenant_config import UserSourceStaticTenantConfig
    from .user_source_static_tenant_config_tenant_resolver_type import UserSourceStaticTenantConfigTenantResolverType
    from .user_tenant import UserTenant
    from .user_tenant_hierarchy_node import UserTenantHierarchyNode
    from .user_tenant_statuses_response import UserTenantStatusesResponse
    from .user_v3 import UserV3
    from .user_v3_managed_by import UserV3ManagedBy
    from .user_v3_page import UserV3Page
    from .username_response import UsernameResponse
    from .username_response_page import UsernameResponsePage
    from .users_bulk_invite_request import UsersBulkInviteRequest
    from .users_of_application import UsersOfApplication
    from .validate_user_password_request import ValidateUserPasswordRequest
    from .validate_user_password_response import ValidateUserPasswordResponse
    from .vendor_config_basic_response import VendorConfigBasicResponse
    from .vendor_config_basic_response_machine_to_machine_auth_strategy import (
        VendorConfigBasicResponseMachineToMachineAuthStrategy,
    )
    from .vendor_config_request import VendorConfigRequest
    from .vendor_config_request_auth_strategy import VendorConfigRequestAuthStrategy
    from .vendor_config_request_cookie_same_site import VendorConfigRequestCookieSameSite
    from .vendor_config_request_jwt_algorithm import VendorConfigRequestJwtAlgorithm
    from .vendor_config_request_machine_to_machine_auth_strategy import VendorConfigRequestMachineToMachineAuthStrategy
    from .vendor_config_response import VendorConfigResponse
    from .vendor_config_response_auth_strategy import VendorConfigResponseAuthStrategy
    from .vendor_config_response_cookie_same_site import VendorConfigResponseCookieSameSite
    from .vendor_config_response_jwt_algorithm import VendorConfigResponseJwtAlgorithm
    from .vendor_config_response_machine_to_machine_auth_strategy import (
        VendorConfigResponseMachineToMachineAuthStrategy,
    )
    from .verify_enroll_mfa_auth_app_request import VerifyEnrollMfaAuthAppRequest
    from .verify_enroll_mfa_response import VerifyEnrollMfaResponse
    from .verify_enroll_mfa_sms_request import VerifyEnrollMfaSmsRequest
    from .verify_enroll_mfa_user_auth_app_request import VerifyEnrollMfaUserAuthAppRequest
    from .verify_enroll_mfa_web_authn_request import VerifyEnrollMfaWebAuthnRequest
    from .verify_enroll_mfa_web_authn_request_device_type import VerifyEnrollMfaWebAuthnRequestDeviceType
    from .verify_invite_token_request import VerifyInviteTokenRequest
    from .verify_mfa_auth_app_request import VerifyMfaAuthAppRequest
    from .verify_mfa_email_otc_request import VerifyMfaEmailOtcRequest
    from .verify_mfa_sms_request import VerifyMfaSmsRequest
    from .verify_mfa_web_authn_request import VerifyMfaWebAuthnRequest
    from .verify_new_web_authn_device_request import VerifyNewWebAuthnDeviceRequest
    from .verify_new_web_authn_device_request_authenticator_attachment_type_1 import (
        VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1,
    )
    from .verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1 import (
        VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1,
    )
    from .verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1 import (
        VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1,
    )
    from .verify_new_web_authn_device_request_client_extension_results import (
        VerifyNewWebAuthnDeviceRequestClientExtensionResults,
    )
    from .verify_new_web_authn_device_request_device_type import VerifyNewWebAuthnDeviceRequestDeviceType
    from .verify_new_web_authn_device_request_type import VerifyNewWebAuthnDeviceRequestType
    from .verify_password import VerifyPassword
    from .verify_password_via_sms_request import VerifyPasswordViaSmsRequest
    from .verify_password_via_sms_response import VerifyPasswordViaSmsResponse
    from .verify_phone_number_otc_request import VerifyPhoneNumberOtcRequest
    from .web_authn_client_response import WebAuthnClientResponse
    from .web_authn_credential_creation_options import WebAuthnCredentialCreationOptions
    from .web_authn_credential_creation_options_attestation import WebAuthnCredentialCreationOptionsAttestation
    from .web_authn_credential_creation_options_authenticator_selection import (
        WebAuthnCredentialCreationOptionsAuthenticatorSelection,
    )
    from .web_authn_credential_creation_options_authenticator_selection_authenticator_attachment import (
        WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment,
    )
    from .web_authn_credential_creation_options_authenticator_selection_resident_key import (
        WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey,
    )
    from .web_authn_credential_creation_options_authenticator_selection_user_verification import (
        WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification,
    )
    from .web_authn_credential_creation_options_pub_key_cred_params_item import (
        WebAuthnCredentialCreationOptionsPubKeyCredParamsItem,
    )
    from .web_authn_credential_creation_options_pub_key_cred_params_item_type import (
        WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType,
    )
    from .web_authn_credential_creation_options_rp import WebAuthnCredentialCreationOptionsRp
    from .web_authn_credential_creation_options_user import WebAuthnCredentialCreationOptionsUser
    from .web_authn_credential_descriptor import WebAuthnCredentialDescriptor
    from .web_authn_credential_descriptor_type import WebAuthnCredentialDescriptorType
    from .web_authn_credential_request_options import WebAuthnCredentialRequestOptions
    from .web_authn_credential_request_options_user_verification import WebAuthnCredentialRequestOptionsUserVerification
    from .web_authn_response import WebAuthnResponse

_MODULE_OF: dict[str, str] = {
    "AcceptInvitation": ".accept_invitation",
    "AcceptInvitationWithCode": ".accept_invitation_with_code",
    "ActivateUser": ".activate_user",
    "ActivateUserWithCode": ".activate_user_with_code",
    "ActivationStrategyResponse": ".activation_strategy_response",
    "ActivationStrategyResponseStrategy": ".activation_strategy_response_strategy",
    "AddPermissionRequest": ".add_permission_request",
    "AddPermissionRequestAssignmentType": ".add_permission_request_assignment_type",
    "AddPermissionToRoleRequest": ".add_permission_to_role_request",
    "AddRoleRequest": ".add_role_request",
    "AddRoleWithPermissionsRequest": ".add_role_with_permissions_request",
    "AddRoleWithPermissionsResponse": ".add_role_with_permissions_response",
    "AddRolesToPermissionRequest": ".add_roles_to_permission_request",
    "AddUserToSubTenantsRequest": ".add_user_to_sub_tenants_request",
    "AddUserToTenantRequest": ".add_user_to_tenant_request",
    "AddUsersToSubTenantRequest": ".add_users_to_sub_tenant_request",
    "ApiTokenAuthV2Response": ".api_token_auth_v2_response",
    "ApplicationUserTenantsResponse": ".application_user_tenants_response",
    "ApplicationsOfUser": ".applications_of_user",
    "ApprovalFlowChannel": ".approval_flow_channel",
    "ApprovalFlowChannelDto": ".approval_flow_channel_dto",
    "ApprovalFlowConfiguration": ".approval_flow_configuration",
    "ApprovalFlowConfigurationResponse": ".approval_flow_configuration_response",
    "ApprovalFlowExecution": ".approval_flow_execution",
    "ApprovalFlowExecutionStatus": ".approval_flow_execution_status",
    "ApprovalFlowExecutionStepsItem": ".approval_flow_execution_steps_item",
    "ApprovalFlowResponse": ".approval_flow_response",
    "ApprovalFlowStepResponse": ".approval_flow_step_response",
    "ApprovalFlowsListResponse": ".approval_flows_list_response",
    "ApproverAction": ".approver_action",
    "ApproverSelector": ".approver_selector",
    "ApproverSelectorResponse": ".approver_selector_response",
    "AssignApplicationsToUserSourceRequest": ".assign_applications_to_user_source_request",
    "AssignUserToRoles": ".assign_user_to_roles",
    "AssignUserToRolesResponse": ".assign_user_to_roles_response",
    "AssignUsersToAppRequest": ".assign_users_to_app_request",
    "Auth0Configuration": ".auth_0_configuration",
    "AuthApiToken": ".auth_api_token",
    "AuthRequestEnrollMfaRequest": ".auth_request_enroll_mfa_request",
    "AuthRequestVerifyMfaRequest": ".auth_request_verify_mfa_request",
    "AuthTenantAccessTokenResponse": ".auth_tenant_access_token_response",
    "AuthUserAccessTokenResponse": ".auth_user_access_token_response",
    "AuthenticateUserPassword": ".authenticate_user_password",
    "AuthenticateUserPasswordless": ".authenticate_user_passwordless",
    "AuthenticateUserWebAuthn": ".authenticate_user_web_authn",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType1": ".authenticate_user_web_authn_authenticator_attachment_type_1",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType2Type1": ".authenticate_user_web_authn_authenticator_attachment_type_2_type_1",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1": ".authenticate_user_web_authn_authenticator_attachment_type_3_type_1",
    "AuthenticateUserWebAuthnClientExtensionResults": ".authenticate_user_web_authn_client_extension_results",
    "AuthenticateUserWebAuthnType": ".authenticate_user_web_authn_type",
    "AuthenticationAppConfiguration": ".authentication_app_configuration",
    "AuthenticationResponse": ".authentication_response",
    "AuthenticationResponseMfaStrategies": ".authentication_response_mfa_strategies",
    "BulkCreateIpRestrictionsRequest": ".bulk_create_ip_restrictions_request",
    "BulkInviteStatus": ".bulk_invite_status",
    "BulkInviteStatusReportItem": ".bulk_invite_status_report_item",
    "BulkInviteStatusReportItemStatus": ".bulk_invite_status_report_item_status",
    "BulkInviteStatusStatus": ".bulk_invite_status_status",
    "BulkRolesTaskError": ".bulk_roles_task_error",
    "BulkRolesTaskStatusResponse": ".bulk_roles_task_status_response",
    "BulkRolesTaskStatusResponseStatus": ".bulk_roles_task_status_response_status",
    "BulkUpdateUserRolesRequest": ".bulk_update_user_roles_request",
    "BulkUpdateUserRolesSyncResponse": ".bulk_update_user_roles_sync_response",
    "CaptchaPolicyRequest": ".captcha_policy_request",
    "CaptchaPolicyResponse": ".captcha_policy_response",
    "CheckAllowRememberResponse": ".check_allow_remember_response",
    "ClassifyPermissions": ".classify_permissions",
    "ClassifyPermissionsType": ".classify_permissions_type",
    "CoreUser": ".core_user",
    "CoreUserManagedBy": ".core_user_managed_by",
    "CreateApprovalFlow": ".create_approval_flow",
    "CreateApprovalFlowStep": ".create_approval_flow_step",
    "CreateAuth0ExternalUserSourceRequest": ".create_auth_0_external_user_source_request",
    "CreateCategory": ".create_category",
    "CreateCognitoExternalUserSourceRequest": ".create_cognito_external_user_source_request",
    "CreateCustomCodeExternalUserSourceRequest": ".create_custom_code_external_user_source_request",
    "CreateCustomSsoRequest": ".create_custom_sso_request",
    "CreateDelegationConfigurationRequest": ".create_delegation_configuration_request",
    "CreateFederationUserSourceRequest": ".create_federation_user_source_request",
    "CreateFirebaseExternalUserSourceRequest": ".create_firebase_external_user_source_request",
    "CreateGroup": ".create_group",
    "CreateInviteTokenRequest": ".create_invite_token_request",
    "CreateInviteTokenRequestForUser": ".create_invite_token_request_for_user",
    "CreateInviteTokenRequestForUserV2": ".create_invite_token_request_for_user_v2",
    "CreateJwtTemplate": ".create_jwt_template",
    "CreateJwtTemplateAlgorithm": ".create_jwt_template_algorithm",
    "CreateOrUpdateActivationStrategyRequest": ".create_or_update_activation_strategy_request",
    "CreateOrUpdateActivationStrategyRequestStrategy": ".create_or_update_activation_strategy_request_strategy",
    "CreateOrUpdateGroupConfiguration": ".create_or_update_group_configuration",
    "CreateOrUpdateInvitationStrategyRequest": ".create_or_update_invitation_strategy_request",
    "CreateOrUpdateIpRestriction": ".create_or_update_ip_restriction",
    "CreateOrUpdateIpRestrictionConfig": ".create_or_update_ip_restriction_config",
    "CreateOrUpdateIpRestrictionConfigStrategy": ".create_or_update_ip_restriction_config_strategy",
    "CreateOrUpdateIpRestrictionStrategy": ".create_or_update_ip_restriction_strategy",
    "CreateOrUpdateMailConfigRequest": ".create_or_update_mail_config_request",
    "CreateOrUpdateMailConfigV2Body": ".create_or_update_mail_config_v2_body",
    "CreateOrUpdateMfaStrategyRequest": ".create_or_update_mfa_strategy_request",
    "CreateOrUpdateMfaStrategyRequestStrategy": ".create_or_update_mfa_strategy_request_strategy",
    "CreateOrUpdatePasswordRotation": ".create_or_update_password_rotation",
    "CreateSessionConfigurationRequest": ".create_session_configuration_request",
    "CreateSmsTemplateRequest": ".create_sms_template_request",
    "CreateSmsVendorConfigRequest": ".create_sms_vendor_config_request",
    "CreateTemplate": ".create_template",
    "CreateTemplateType": ".create_template_type",
    "CreateTenantAccessTokenRequest": ".create_tenant_access_token_request",
    "CreateTenantApiToken": ".create_tenant_api_token",
    "CreateTenantApiTokenMetadata": ".create_tenant_api_token_metadata",
    "CreateTenantApiTokenResponse": ".create_tenant_api_token_response",
    "CreateTenantApiTokenResponseMetadata": ".create_tenant_api_token_response_metadata",
    "CreateUser": ".create_user",
    "CreateUserAccessTokenRequest": ".create_user_access_token_request",
    "CreateUserApiToken": ".create_user_api_token",
    "CreateUserApiTokenMetadata": ".create_user_api_token_metadata",
    "CreateUserApiTokenResponse": ".create_user_api_token_response",
    "CreateUserApiTokenResponseMetadata": ".create_user_api_token_response_metadata",
    "CreateUserEmailMetadata": ".create_user_email_metadata",
    "CreateUserEmailRequest": ".create_user_email_request",
    "CreateUserEmailVendorRequest": ".create_user_email_vendor_request",
    "CreateUserEmailVerifyRequest": ".create_user_email_verify_request",
    "CreateUserEmailsPolicyRequest": ".create_user_emails_policy_request",
    "CreateUserPhoneNumberRequest": ".create_user_phone_number_request",
    "CreateUserProvider": ".create_user_provider",
    "CreateUserSourceResponse": ".create_user_source_response",
    "CreateUserVendorOnly": ".create_user_vendor_only",
    "CreateUsernameRequest": ".create_username_request",
    "CustomSsoProvider": ".custom_sso_provider",
    "CustomSsoProviders": ".custom_sso_providers",
    "DeleteUserToRolesResponse": ".delete_user_to_roles_response",
    "DisableMfaAuthAppRequest": ".disable_mfa_auth_app_request",
    "DisableMfaSmsRequest": ".disable_mfa_sms_request",
    "DisableMyWebAuthnMfaRequest": ".disable_my_web_authn_mfa_request",
    "DomainRestrictionsBulkRequestRequest": ".domain_restrictions_bulk_request_request",
    "DomainRestrictionsBulkRequestRequestType": ".domain_restrictions_bulk_request_request_type",
    "DomainRestrictionsConfigResponse": ".domain_restrictions_config_response",
    "DomainRestrictionsConfigResponseListType": ".domain_restrictions_config_response_list_type",
    "DomainRestrictionsConfigUpdateRequest": ".domain_restrictions_config_update_request",
    "DomainRestrictionsConfigUpdateRequestType": ".domain_restrictions_config_update_request_type",
    "DomainRestrictionsCreateRequest": ".domain_restrictions_create_request",
    "DomainRestrictionsCreateRequestType": ".domain_restrictions_create_request_type",
    "DomainRestrictionsResponse": ".domain_restrictions_response",
    "DomainRestrictionsResponsePage": ".domain_restrictions_response_page",
    "DomainRestrictionsResponseType": ".domain_restrictions_response_type",
    "EmailConfiguration": ".email_configuration",
    "EmailObject": ".email_object",
    "EnrollMyWebAuthnMfaRequest": ".enroll_my_web_authn_mfa_request",
    "EnrollMyWebAuthnMfaRequestDeviceType": ".enroll_my_web_authn_mfa_request_device_type",
    "ErrorResponse": ".error_response",
    "ErrorResponseContext": ".error_response_context",
    "ExecuteApprovalFlow": ".execute_approval_flow",
    "ExecuteApprovalFlowExecutionData": ".execute_approval_flow_execution_data",
    "ExecutionDataResponse": ".execution_data_response",
    "ExecutionDataResponseExecutionData": ".execution_data_response_execution_data",
    "ExternalAuth0UserSourceConfig": ".external_auth_0_user_source_config",
    "ExternalCognitoUserSourceConfig": ".external_cognito_user_source_config",
    "ExternalCustomCodeUserSourceConfig": ".external_custom_code_user_source_config",
    "ExternalFirebaseUserSourceConfig": ".external_firebase_user_source_config",
    "FederationUserSourceConfig": ".federation_user_source_config",
    "FirebaseServiceAccountConfig": ".firebase_service_account_config",
    "FronteggPaginationLinks": ".frontegg_pagination_links",
    "FronteggPaginationMetadata": ".frontegg_pagination_metadata",
    "GenerateUserActivationLinkResponse": ".generate_user_activation_link_response",
    "GenerateUserResetPasswordLinkResponse": ".generate_user_reset_password_link_response",
    "GetActivateStrategyResponse": ".get_activate_strategy_response",
    "GetActiveSessionsResponse": ".get_active_sessions_response",
    "GetDefaultTemplateConfigurationType": ".get_default_template_configuration_type",
    "GetDelegationConfigurationResponse": ".get_delegation_configuration_response",
    "GetGroupByIdGroupsRelations": ".get_group_by_id_groups_relations",
    "GetGroupConfigurationResponse": ".get_group_configuration_response",
    "GetGroups": ".get_groups",
    "GetGroupsByIdsGroupsRelations": ".get_groups_by_ids_groups_relations",
    "GetIpRestrictionResponse": ".get_ip_restriction_response",
    "GetIpRestrictionResponsePage": ".get_ip_restriction_response_page",
    "GetIpRestrictionResponseStrategy": ".get_ip_restriction_response_strategy",
    "GetJwtTemplatesOrder": ".get_jwt_templates_order",
    "GetJwtTemplatesSortBy": ".get_jwt_templates_sort_by",
    "GetMailConfigResponse": ".get_mail_config_response",
    "GetMailConfigResponseExtensionItem": ".get_mail_config_response_extension_item",
    "GetMailConfigResponseProvider": ".get_mail_config_response_provider",
    "GetTemplateConfigurationType": ".get_template_configuration_type",
    "GetTemplateResponse": ".get_template_response",
    "GetTenantAccessTokensResponse": ".get_tenant_access_tokens_response",
    "GetTenantApiTokensResponse": ".get_tenant_api_tokens_response",
    "GetTenantApiTokensResponseMetadata": ".get_tenant_api_tokens_response_metadata",
    "GetTenantsUsersCountRequest": ".get_tenants_users_count_request",
    "GetUserAccessTokensResponse": ".get_user_access_tokens_response",
    "GetUserApiTokensResponse": ".get_user_api_tokens_response",
    "GetUserApiTokensResponseMetadata": ".get_user_api_tokens_response_metadata",
    "GetUserEmailsPolicyResponse": ".get_user_emails_policy_response",
    "GetUserGroupsResponseItem": ".get_user_groups_response_item",
    "GetUserRolesResponseItem": ".get_user_roles_response_item",
    "GetUserSourceExtendedResponse": ".get_user_source_extended_response",
    "GetUserSourceResponse": ".get_user_source_response",
    "GetUserSourceUsersResponse": ".get_user_source_users_response",
    "GetUserSourceUsersResponsePage": ".get_user_source_users_response_page",
    "GetUserTenantStatusesUserTenantStatusesItem": ".get_user_tenant_statuses_user_tenant_statuses_item",
    "GetUserTenantsHierarchyResponse": ".get_user_tenants_hierarchy_response",
    "GetUserTenantsResponse": ".get_user_tenants_response",
    "GetUsersIdentifierType": ".get_users_identifier_type",
    "GetUsersOrder": ".get_users_order",
    "GetUsersSortBy": ".get_users_sort_by",
    "GetUsersUsernamesOrder": ".get_users_usernames_order",
    "GetUsersUsernamesSortBy": ".get_users_usernames_sort_by",
    "GetUsersV2Order": ".get_users_v2_order",
    "GetUsersV2SortBy": ".get_users_v2_sort_by",
    "GroupResponse": ".group_response",
    "GroupResponseManagedBy": ".group_response_managed_by",
    "GroupResponsePage": ".group_response_page",
    "GroupUser": ".group_user",
    "GroupsResponse": ".groups_response",
    "IdentityCondition": ".identity_condition",
    "IdentityConditionAttribute": ".identity_condition_attribute",
    "IdentityConditionOp": ".identity_condition_op",
    "IdentityConditionValue": ".identity_condition_value",
    "IdentityRule": ".identity_rule",
    "IdentityRuleConditionLogic": ".identity_rule_condition_logic",
    "ImpersonateUserRequest": ".impersonate_user_request",
    "ImpersonateUserResponse": ".impersonate_user_response",
    "InvitationConfigurationResponse": ".invitation_configuration_response",
    "InvitationStrategyResponse": ".invitation_strategy_response",
    "InvitationStrategyResponseStrategy": ".invitation_strategy_response_strategy",
    "InviteToken": ".invite_token",
    "IpRestrictionConfig": ".ip_restriction_config",
    "IpRestrictionConfigStrategy": ".ip_restriction_config_strategy",
    "IpTestResult": ".ip_test_result",
    "JwtTemplatePayload": ".jwt_template_payload",
    "JwtTemplatePayloadClaims": ".jwt_template_payload_claims",
    "JwtTemplatePayloadResponse": ".jwt_template_payload_response",
    "JwtTemplatePayloadResponseClaims": ".jwt_template_payload_response_claims",
    "JwtTemplateResponse": ".jwt_template_response",
    "JwtTemplateResponseAlgorithm": ".jwt_template_response_algorithm",
    "JwtTemplateResponsePage": ".jwt_template_response_page",
    "JwtTemplateTargeting": ".jwt_template_targeting",
    "JwtTemplateTargetingResponse": ".jwt_template_targeting_response",
    "JwtTemplateTargetingRulesItem": ".jwt_template_targeting_rules_item",
    "JwtTemplateTargetingRulesItemConditionsItem": ".jwt_template_targeting_rules_item_conditions_item",
    "JwtTemplateTargetingRulesItemConditionsItemValue": ".jwt_template_targeting_rules_item_conditions_item_value",
    "ListGroupsGroupsRelations": ".list_groups_groups_relations",
    "ListGroupsV2GroupsRelations": ".list_groups_v2_groups_relations",
    "ListGroupsV2Order": ".list_groups_v2_order",
    "ListGroupsV2SortBy": ".list_groups_v2_sort_by",
    "ListPhoneNumbersOrder": ".list_phone_numbers_order",
    "ListPhoneNumbersSortBy": ".list_phone_numbers_sort_by",
    "ListPhoneNumbersV2Order": ".list_phone_numbers_v2_order",
    "ListPhoneNumbersV2SortBy": ".list_phone_numbers_v2_sort_by",
    "ListRolesV2Order": ".list_roles_v2_order",
    "ListRolesV2SortBy": ".list_roles_v2_sort_by",
    "ListSubTenantsUsersOrder": ".list_sub_tenants_users_order",
    "ListSubTenantsUsersSortBy": ".list_sub_tenants_users_sort_by",
    "ListUserEmailsOrder": ".list_user_emails_order",
    "ListUserEmailsSortBy": ".list_user_emails_sort_by",
    "LockoutPolicyRequest": ".lockout_policy_request",
    "LockoutPolicyResponse": ".lockout_policy_response",
    "LoginMfaSmsEnrollRequest": ".login_mfa_sms_enroll_request",
    "LoginMfaSmsEnrollVerifyRequest": ".login_mfa_sms_enroll_verify_request",
    "Mailgun": ".mailgun",
    "MailgunProvider": ".mailgun_provider",
    "MailgunRegion": ".mailgun_region",
    "MarkEmailAsPrimaryRequest": ".mark_email_as_primary_request",
    "MeAuthorizationResponse": ".me_authorization_response",
    "MfaAuthAppConfig": ".mfa_auth_app_config",
    "MfaConfigRequest": ".mfa_config_request",
    "MfaConfigResponse": ".mfa_config_response",
    "MfaEmailConfig": ".mfa_email_config",
    "MfaPolicyRequest": ".mfa_policy_request",
    "MfaPolicyRequestEnforceMFAType": ".mfa_policy_request_enforce_mfa_type",
    "MfaPolicyResponse": ".mfa_policy_response",
    "MfaSmsConfig": ".mfa_sms_config",
    "MfaStrategiesResponse": ".mfa_strategies_response",
    "MfaStrategyResponse": ".mfa_strategy_response",
    "MfaStrategyResponseStrategy": ".mfa_strategy_response_strategy",
    "MigrateUserRequestV1": ".migrate_user_request_v1",
    "MigrateUserRequestV1Provider": ".migrate_user_request_v1_provider",
    "MigrateUserRequestV2": ".migrate_user_request_v2",
    "MigrateUserRequestV2Provider": ".migrate_user_request_v2_provider",
    "MigrateUsersFromTenantToTenantRequest": ".migrate_users_from_tenant_to_tenant_request",
    "MigrateUsersRequestV1": ".migrate_users_request_v1",
    "MigrateUsersRequestV2": ".migrate_users_request_v2",
    "MigrationContext": ".migration_context",
    "MigrationObject": ".migration_object",
    "MigrationObjectFailuresItem": ".migration_object_failures_item",
    "MigrationStarted": ".migration_started",
    "Oauth2UserSourceConfig": ".oauth_2_user_source_config",
    "OptionalTestsConfig": ".optional_tests_config",
    "PasskeyDevice": ".passkey_device",
    "PasskeyDeviceDeviceType": ".passkey_device_device_type",
    "PasskeyDevicesResponse": ".passkey_devices_response",
    "PasskeyLoginOptionsResponse": ".passkey_login_options_response",
    "PasskeyLoginRequest": ".passkey_login_request",
    "PasskeyLoginRequestAuthenticatorAttachmentType1": ".passkey_login_request_authenticator_attachment_type_1",
    "PasskeyLoginRequestAuthenticatorAttachmentType2Type1": ".passkey_login_request_authenticator_attachment_type_2_type_1",
    "PasskeyLoginRequestAuthenticatorAttachmentType3Type1": ".passkey_login_request_authenticator_attachment_type_3_type_1",
    "PasskeyLoginRequestClientExtensionResults": ".passkey_login_request_client_extension_results",
    "PasskeyLoginRequestType": ".passkey_login_request_type",
    "PasskeyPreLoginRequest": ".passkey_pre_login_request",
    "PasskeyRegistrationOptionsResponse": ".passkey_registration_options_response",
    "PasswordConfigRequest": ".password_config_request",
    "PasswordConfigResponse": ".password_config_response",
    "PasswordConfigResponseOptionalTests": ".password_config_response_optional_tests",
    "PasswordConfigResponseRequiredTests": ".password_config_response_required_tests",
    "PasswordHashingType": ".password_hashing_type",
    "PasswordHistoryPolicyRequest": ".password_history_policy_request",
    "PasswordHistoryPolicyResponse": ".password_history_policy_response",
    "PasswordRotationConfigurationResponse": ".password_rotation_configuration_response",
    "PasswordlessAuthenticationPrelogin": ".passwordless_authentication_prelogin",
    "PasswordlessAuthenticationSmsOtcPrelogin": ".passwordless_authentication_sms_otc_prelogin",
    "PasswordlessAuthenticationSmsOtcPreloginResponse": ".passwordless_authentication_sms_otc_prelogin_response",
    "PermissionCategoryResponse": ".permission_category_response",
    "PermissionResponse": ".permission_response",
    "PhoneNumberType": ".phone_number_type",
    "PreVerifyUserPhoneNumberRequest": ".pre_verify_user_phone_number_request",
    "RecoverMfa": ".recover_mfa",
    "RefreshApiToken": ".refresh_api_token",
    "RefreshToken": ".refresh_token",
    "RemoveUserFromSubTenantsRequest": ".remove_user_from_sub_tenants_request",
    "RemoveUserFromSubTenantsRequestSubTenantsItem": ".remove_user_from_sub_tenants_request_sub_tenants_item",
    "RequestDisableMfaRequest": ".request_disable_mfa_request",
    "RequestDisableMfaSmsResponse": ".request_disable_mfa_sms_response",
    "RequestEnrollAuthenticatorAppMfaResponse": ".request_enroll_authenticator_app_mfa_response",
    "RequestEnrollMfaSmsRequest": ".request_enroll_mfa_sms_request",
    "RequestEnrollMfaSmsResponse": ".request_enroll_mfa_sms_response",
    "RequestEnrollMfaWebAuthnResponse": ".request_enroll_mfa_web_authn_response",
    "RequestVerifyMfaEmailResponse": ".request_verify_mfa_email_response",
    "RequestVerifyMfaSmsResponse": ".request_verify_mfa_sms_response",
    "RequestVerifyMfaWebAuthnResponse": ".request_verify_mfa_web_authn_response",
    "RequiredTestsConfig": ".required_tests_config",
    "ResetActivationToken": ".reset_activation_token",
    "ResetActivationTokenEmailMetadata": ".reset_activation_token_email_metadata",
    "ResetPassword": ".reset_password",
    "ResetPasswordByEmail": ".reset_password_by_email",
    "ResetPasswordByEmailEmailMetadata": ".reset_password_by_email_email_metadata",
    "ResetPasswordEmailMetadata": ".reset_password_email_metadata",
    "ResetPasswordIdentifierType": ".reset_password_identifier_type",
    "ResetPasswordViaSmsResponse": ".reset_password_via_sms_response",
    "ResetTenantInvitation": ".reset_tenant_invitation",
    "Role": ".role",
    "RoleDto": ".role_dto",
    "RoleResponse": ".role_response",
    "RoleResponsePage": ".role_response_page",
    "SearchUsersIdentifierType": ".search_users_identifier_type",
    "SearchUsersOrder": ".search_users_order",
    "SearchUsersSortBy": ".search_users_sort_by",
    "SelfEmailUpdateRequest": ".self_email_update_request",
    "SelfEmailUpdateVerifyRequest": ".self_email_update_verify_request",
    "SendGrid": ".send_grid",
    "SendGridProvider": ".send_grid_provider",
    "Ses": ".ses",
    "SesProvider": ".ses_provider",
    "SesRole": ".ses_role",
    "SesRoleProvider": ".ses_role_provider",
    "SessionConcurrentConfiguration": ".session_concurrent_configuration",
    "SessionIdleTimeoutConfiguration": ".session_idle_timeout_configuration",
    "SessionTimeoutConfiguration": ".session_timeout_configuration",
    "SignUpResponse": ".sign_up_response",
    "SignUpUserEmail": ".sign_up_user_email",
    "SignUpUserEmailEmailMetadata": ".sign_up_user_email_email_metadata",
    "SignUpUserEmailProvider": ".sign_up_user_email_provider",
    "SignUpUserUsername": ".sign_up_user_username",
    "SignUpUserUsernameEmailMetadata": ".sign_up_user_username_email_metadata",
    "SignUpUserUsernameProvider": ".sign_up_user_username_provider",
    "SmsConfiguration": ".sms_configuration",
    "SmsTemplateList": ".sms_template_list",
    "SmsTemplateResponse": ".sms_template_response",
    "SmsVendorConfigResponse": ".sms_vendor_config_response",
    "StepConfiguration": ".step_configuration",
    "StepConfigurationResponse": ".step_configuration_response",
    "SubTenantRoleIds": ".sub_tenant_role_ids",
    "SubTenantUser": ".sub_tenant_user",
    "SubTenantUserInvite": ".sub_tenant_user_invite",
    "SubTenantUserPage": ".sub_tenant_user_page",
    "SubTenantUserTenant": ".sub_tenant_user_tenant",
    "SubmitApproverActionResponse": ".submit_approver_action_response",
    "SwitchApplicationActiveUserTenant": ".switch_application_active_user_tenant",
    "SwitchApplicationActiveUserTenantsRequest": ".switch_application_active_user_tenants_request",
    "TaskContext": ".task_context",
    "TemporaryUser": ".temporary_user",
    "TemporaryUsersConfiguration": ".temporary_users_configuration",
    "TenantAccessTokenResponse": ".tenant_access_token_response",
    "TenantInfo": ".tenant_info",
    "TenantStatus": ".tenant_status",
    "TenantStatusStatus": ".tenant_status_status",
    "TenantUsersCount": ".tenant_users_count",
    "UnassignApplicationsFromUserSourceRequest": ".unassign_applications_from_user_source_request",
    "UnassignUserFromRoles": ".unassign_user_from_roles",
    "UnassignUsersFromAppRequest": ".unassign_users_from_app_request",
    "UnlockUserRequest": ".unlock_user_request",
    "UnpublishedChangePhoneNumberRequest": ".unpublished_change_phone_number_request",
    "UnpublishedChangePhoneNumberWithVerificationRequest": ".unpublished_change_phone_number_with_verification_request",
    "UnpublishedChangePhoneNumberWithVerificationResponse": ".unpublished_change_phone_number_with_verification_response",
    "UnpublishedGenerateStepUpRequest": ".unpublished_generate_step_up_request",
    "UnpublishedPasswordRecoveryStrategy": ".unpublished_password_recovery_strategy",
    "UnpublishedPasswordRecoveryStrategyStrategy": ".unpublished_password_recovery_strategy_strategy",
    "UnpublishedResetPhoneNumberRequest": ".unpublished_reset_phone_number_request",
    "UnpublishedResetPhoneNumberResponse": ".unpublished_reset_phone_number_response",
    "UnpublishedRevokeUserSessionsRequest": ".unpublished_revoke_user_sessions_request",
    "UnpublishedSignUpUserPhoneNumber": ".unpublished_sign_up_user_phone_number",
    "UnpublishedUserJwtRequest": ".unpublished_user_jwt_request",
    "UnpublishedUserJwtResponse": ".unpublished_user_jwt_response",
    "UnpublishedValidateResetPasswordTokenRequest": ".unpublished_validate_reset_password_token_request",
    "UnpublishedVerifyChangePhoneNumberRequest": ".unpublished_verify_change_phone_number_request",
    "UnpublishedVerifyResetPhoneNumberRequest": ".unpublished_verify_reset_phone_number_request",
    "UnpublishedVerifyResetPhoneNumberResponse": ".unpublished_verify_reset_phone_number_response",
    "UpdateApiToken": ".update_api_token",
    "UpdateApiTokenMetadata": ".update_api_token_metadata",
    "UpdateApprovalFlow": ".update_approval_flow",
    "UpdateCategory": ".update_category",
    "UpdateCustomSsoRequest": ".update_custom_sso_request",
    "UpdateExternalAuth0UserSourceRequest": ".update_external_auth_0_user_source_request",
    "UpdateExternalCognitoUserSourceRequest": ".update_external_cognito_user_source_request",
    "UpdateExternalCustomCodeUserSourceRequest": ".update_external_custom_code_user_source_request",
    "UpdateExternalFirebaseUserSourceRequest": ".update_external_firebase_user_source_request",
    "UpdateFederationUserSourceRequest": ".update_federation_user_source_request",
    "UpdateGroup": ".update_group",
    "UpdateInviteTokenRequest": ".update_invite_token_request",
    "UpdateJwtTemplate": ".update_jwt_template",
    "UpdateJwtTemplateAlgorithm": ".update_jwt_template_algorithm",
    "UpdateJwtTemplateTargetingRequest": ".update_jwt_template_targeting_request",
    "UpdatePermissionRequest": ".update_permission_request",
    "UpdateRoleRequest": ".update_role_request",
    "UpdateRoleTenantRequest": ".update_role_tenant_request",
    "UpdateRolesOnGroup": ".update_roles_on_group",
    "UpdateSubAccountAccessRequest": ".update_sub_account_access_request",
    "UpdateTenantApiTokenResponse": ".update_tenant_api_token_response",
    "UpdateTenantApiTokenResponseMetadata": ".update_tenant_api_token_response_metadata",
    "UpdateUser": ".update_user",
    "UpdateUserEmail": ".update_user_email",
    "UpdateUserInvisible": ".update_user_invisible",
    "UpdateUserPassword": ".update_user_password",
    "UpdateUserRolesForSubTenantsRequest": ".update_user_roles_for_sub_tenants_request",
    "UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem": ".update_user_roles_for_sub_tenants_request_sub_tenants_roles_item",
    "UpdateUserSuperuser": ".update_user_superuser",
    "UpdateUserTenant": ".update_user_tenant",
    "UpdateUserTenantWithValidation": ".update_user_tenant_with_validation",
    "UpdateUsersOnGroup": ".update_users_on_group",
    "UpdateVendorUser": ".update_vendor_user",
    "User": ".user",
    "UserAccessTokenResponse": ".user_access_token_response",
    "UserApplicationActiveTenantResponse": ".user_application_active_tenant_response",
    "UserApplicationActiveTenantsResponse": ".user_application_active_tenants_response",
    "UserApplicationsRequest": ".user_applications_request",
    "UserBulkInviteRequest": ".user_bulk_invite_request",
    "UserBulkInviteRequestEmailMetadata": ".user_bulk_invite_request_email_metadata",
    "UserBulkInviteRequestProvider": ".user_bulk_invite_request_provider",
    "UserCreatedResponse": ".user_created_response",
    "UserEmailResponse": ".user_email_response",
    "UserEmailResponsePage": ".user_email_response_page",
    "UserGroupsItem": ".user_groups_item",
    "UserManagedBy": ".user_managed_by",
    "UserMfaAuthenticatorAppResponse": ".user_mfa_authenticator_app_response",
    "UserMfaDevicesResponse": ".user_mfa_devices_response",
    "UserMfaEmailCodeResponse": ".user_mfa_email_code_response",
    "UserMfaPhoneDeviceResponse": ".user_mfa_phone_device_response",
    "UserMfaWebAuthnDeviceResponse": ".user_mfa_web_authn_device_response",
    "UserMfaWebAuthnDeviceResponseDeviceType": ".user_mfa_web_authn_device_response_device_type",
    "UserPage": ".user_page",
    "UserPhoneNumberCreatedResponse": ".user_phone_number_created_response",
    "UserPhoneNumberDeleteCodeResponse": ".user_phone_number_delete_code_response",
    "UserPhoneNumberResponse": ".user_phone_number_response",
    "UserPhoneNumberResponsePage": ".user_phone_number_response_page",
    "UserSourceConfigurationView": ".user_source_configuration_view",
    "UserSourceConfigurationViewServiceAccount": ".user_source_configuration_view_service_account",
    "UserSourceConfigurationViewTenantConfig": ".user_source_configuration_view_tenant_config",
    "UserSourceDynamicTenantConfig": ".user_source_dynamic_tenant_config",
    "UserSourceDynamicTenantConfigTenantResolverType": ".user_source_dynamic_tenant_config_tenant_resolver_type",
    "UserSourceFromSourceTenantConfig": ".user_source_from_source_tenant_config",
    "UserSourceFromSourceTenantConfigTenantResolverType": ".user_source_from_source_tenant_config_tenant_resolver_type",
    "UserSourceNewTenantConfig": ".user_source_new_tenant_config",
    "UserSourceNewTenantConfigTenantResolverType": ".user_source_new_tenant_config_tenant_resolver_type",
    "UserSourceStaticTenantConfig": ".user_source_static_tenant_config",
    "UserSourceStaticTenantConfigTenantResolverType": ".user_source_static_tenant_config_tenant_resolver_type",
    "UserTenant": ".user_tenant",
    "UserTenantHierarchyNode": ".user_tenant_hierarchy_node",
    "UserTenantStatusesResponse": ".user_tenant_statuses_response",
    "UserV3": ".user_v3",
    "UserV3ManagedBy": ".user_v3_managed_by",
    "UserV3Page": ".user_v3_page",
    "UsernameResponse": ".username_response",
    "UsernameResponsePage": ".username_response_page",
    "UsersBulkInviteRequest": ".users_bulk_invite_request",
    "UsersOfApplication": ".users_of_application",
    "ValidateUserPasswordRequest": ".validate_user_password_request",
    "ValidateUserPasswordResponse": ".validate_user_password_response",
    "VendorConfigBasicResponse": ".vendor_config_basic_response",
    "VendorConfigBasicResponseMachineToMachineAuthStrategy": ".vendor_config_basic_response_machine_to_machine_auth_strategy",
    "VendorConfigRequest": ".vendor_config_request",
    "VendorConfigRequestAuthStrategy": ".vendor_config_request_auth_strategy",
    "VendorConfigRequestCookieSameSite": ".vendor_config_request_cookie_same_site",
    "VendorConfigRequestJwtAlgorithm": ".vendor_config_request_jwt_algorithm",
    "VendorConfigRequestMachineToMachineAuthStrategy": ".vendor_config_request_machine_to_machine_auth_strategy",
    "VendorConfigResponse": ".vendor_config_response",
    "VendorConfigResponseAuthStrategy": ".vendor_config_response_auth_strategy",
    "VendorConfigResponseCookieSameSite": ".vendor_config_response_cookie_same_site",
    "VendorConfigResponseJwtAlgorithm": ".vendor_config_response_jwt_algorithm",
    "VendorConfigResponseMachineToMachineAuthStrategy": ".vendor_config_response_machine_to_machine_auth_strategy",
    "VerifyEnrollMfaAuthAppRequest": ".verify_enroll_mfa_auth_app_request",
    "VerifyEnrollMfaResponse": ".verify_enroll_mfa_response",
    "VerifyEnrollMfaSmsRequest": ".verify_enroll_mfa_sms_request",
    "VerifyEnrollMfaUserAuthAppRequest": ".verify_enroll_mfa_user_auth_app_request",
    "VerifyEnrollMfaWebAuthnRequest": ".verify_enroll_mfa_web_authn_request",
    "VerifyEnrollMfaWebAuthnRequestDeviceType": ".verify_enroll_mfa_web_authn_request_device_type",
    "VerifyInviteTokenRequest": ".verify_invite_token_request",
    "VerifyMfaAuthAppRequest": ".verify_mfa_auth_app_request",
    "VerifyMfaEmailOtcRequest": ".verify_mfa_email_otc_request",
    "VerifyMfaSmsRequest": ".verify_mfa_sms_request",
    "VerifyMfaWebAuthnRequest": ".verify_mfa_web_authn_request",
    "VerifyNewWebAuthnDeviceRequest": ".verify_new_web_authn_device_request",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1": ".verify_new_web_authn_device_request_authenticator_attachment_type_1",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1": ".verify_new_web_authn_device_request_authenticator_attachment_type_2_type_1",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1": ".verify_new_web_authn_device_request_authenticator_attachment_type_3_type_1",
    "VerifyNewWebAuthnDeviceRequestClientExtensionResults": ".verify_new_web_authn_device_request_client_extension_results",
    "VerifyNewWebAuthnDeviceRequestDeviceType": ".verify_new_web_authn_device_request_device_type",
    "VerifyNewWebAuthnDeviceRequestType": ".verify_new_web_authn_device_request_type",
    "VerifyPassword": ".verify_password",
    "VerifyPasswordViaSmsRequest": ".verify_password_via_sms_request",
    "VerifyPasswordViaSmsResponse": ".verify_password_via_sms_response",
    "VerifyPhoneNumberOtcRequest": ".verify_phone_number_otc_request",
    "WebAuthnClientResponse": ".web_authn_client_response",
    "WebAuthnCredentialCreationOptions": ".web_authn_credential_creation_options",
    "WebAuthnCredentialCreationOptionsAttestation": ".web_authn_credential_creation_options_attestation",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelection": ".web_authn_credential_creation_options_authenticator_selection",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment": ".web_authn_credential_creation_options_authenticator_selection_authenticator_attachment",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey": ".web_authn_credential_creation_options_authenticator_selection_resident_key",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification": ".web_authn_credential_creation_options_authenticator_selection_user_verification",
    "WebAuthnCredentialCreationOptionsPubKeyCredParamsItem": ".web_authn_credential_creation_options_pub_key_cred_params_item",
    "WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType": ".web_authn_credential_creation_options_pub_key_cred_params_item_type",
    "WebAuthnCredentialCreationOptionsRp": ".web_authn_credential_creation_options_rp",
    "WebAuthnCredentialCreationOptionsUser": ".web_authn_credential_creation_options_user",
    "WebAuthnCredentialDescriptor": ".web_authn_credential_descriptor",
    "WebAuthnCredentialDescriptorType": ".web_authn_credential_descriptor_type",
    "WebAuthnCredentialRequestOptions": ".web_authn_credential_request_options",
    "WebAuthnCredentialRequestOptionsUserVerification": ".web_authn_credential_request_options_user_verification",
    "WebAuthnResponse": ".web_authn_response",
}

__all__ = (
    "AcceptInvitation",
    "AcceptInvitationWithCode",
    "ActivateUser",
    "ActivateUserWithCode",
    "ActivationStrategyResponse",
    "ActivationStrategyResponseStrategy",
    "AddPermissionRequest",
    "AddPermissionRequestAssignmentType",
    "AddPermissionToRoleRequest",
    "AddRoleRequest",
    "AddRolesToPermissionRequest",
    "AddRoleWithPermissionsRequest",
    "AddRoleWithPermissionsResponse",
    "AddUsersToSubTenantRequest",
    "AddUserToSubTenantsRequest",
    "AddUserToTenantRequest",
    "ApiTokenAuthV2Response",
    "ApplicationsOfUser",
    "ApplicationUserTenantsResponse",
    "ApprovalFlowChannel",
    "ApprovalFlowChannelDto",
    "ApprovalFlowConfiguration",
    "ApprovalFlowConfigurationResponse",
    "ApprovalFlowExecution",
    "ApprovalFlowExecutionStatus",
    "ApprovalFlowExecutionStepsItem",
    "ApprovalFlowResponse",
    "ApprovalFlowsListResponse",
    "ApprovalFlowStepResponse",
    "ApproverAction",
    "ApproverSelector",
    "ApproverSelectorResponse",
    "AssignApplicationsToUserSourceRequest",
    "AssignUsersToAppRequest",
    "AssignUserToRoles",
    "AssignUserToRolesResponse",
    "Auth0Configuration",
    "AuthApiToken",
    "AuthenticateUserPassword",
    "AuthenticateUserPasswordless",
    "AuthenticateUserWebAuthn",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType1",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType2Type1",
    "AuthenticateUserWebAuthnAuthenticatorAttachmentType3Type1",
    "AuthenticateUserWebAuthnClientExtensionResults",
    "AuthenticateUserWebAuthnType",
    "AuthenticationAppConfiguration",
    "AuthenticationResponse",
    "AuthenticationResponseMfaStrategies",
    "AuthRequestEnrollMfaRequest",
    "AuthRequestVerifyMfaRequest",
    "AuthTenantAccessTokenResponse",
    "AuthUserAccessTokenResponse",
    "BulkCreateIpRestrictionsRequest",
    "BulkInviteStatus",
    "BulkInviteStatusReportItem",
    "BulkInviteStatusReportItemStatus",
    "BulkInviteStatusStatus",
    "BulkRolesTaskError",
    "BulkRolesTaskStatusResponse",
    "BulkRolesTaskStatusResponseStatus",
    "BulkUpdateUserRolesRequest",
    "BulkUpdateUserRolesSyncResponse",
    "CaptchaPolicyRequest",
    "CaptchaPolicyResponse",
    "CheckAllowRememberResponse",
    "ClassifyPermissions",
    "ClassifyPermissionsType",
    "CoreUser",
    "CoreUserManagedBy",
    "CreateApprovalFlow",
    "CreateApprovalFlowStep",
    "CreateAuth0ExternalUserSourceRequest",
    "CreateCategory",
    "CreateCognitoExternalUserSourceRequest",
    "CreateCustomCodeExternalUserSourceRequest",
    "CreateCustomSsoRequest",
    "CreateDelegationConfigurationRequest",
    "CreateFederationUserSourceRequest",
    "CreateFirebaseExternalUserSourceRequest",
    "CreateGroup",
    "CreateInviteTokenRequest",
    "CreateInviteTokenRequestForUser",
    "CreateInviteTokenRequestForUserV2",
    "CreateJwtTemplate",
    "CreateJwtTemplateAlgorithm",
    "CreateOrUpdateActivationStrategyRequest",
    "CreateOrUpdateActivationStrategyRequestStrategy",
    "CreateOrUpdateGroupConfiguration",
    "CreateOrUpdateInvitationStrategyRequest",
    "CreateOrUpdateIpRestriction",
    "CreateOrUpdateIpRestrictionConfig",
    "CreateOrUpdateIpRestrictionConfigStrategy",
    "CreateOrUpdateIpRestrictionStrategy",
    "CreateOrUpdateMailConfigRequest",
    "CreateOrUpdateMailConfigV2Body",
    "CreateOrUpdateMfaStrategyRequest",
    "CreateOrUpdateMfaStrategyRequestStrategy",
    "CreateOrUpdatePasswordRotation",
    "CreateSessionConfigurationRequest",
    "CreateSmsTemplateRequest",
    "CreateSmsVendorConfigRequest",
    "CreateTemplate",
    "CreateTemplateType",
    "CreateTenantAccessTokenRequest",
    "CreateTenantApiToken",
    "CreateTenantApiTokenMetadata",
    "CreateTenantApiTokenResponse",
    "CreateTenantApiTokenResponseMetadata",
    "CreateUser",
    "CreateUserAccessTokenRequest",
    "CreateUserApiToken",
    "CreateUserApiTokenMetadata",
    "CreateUserApiTokenResponse",
    "CreateUserApiTokenResponseMetadata",
    "CreateUserEmailMetadata",
    "CreateUserEmailRequest",
    "CreateUserEmailsPolicyRequest",
    "CreateUserEmailVendorRequest",
    "CreateUserEmailVerifyRequest",
    "CreateUsernameRequest",
    "CreateUserPhoneNumberRequest",
    "CreateUserProvider",
    "CreateUserSourceResponse",
    "CreateUserVendorOnly",
    "CustomSsoProvider",
    "CustomSsoProviders",
    "DeleteUserToRolesResponse",
    "DisableMfaAuthAppRequest",
    "DisableMfaSmsRequest",
    "DisableMyWebAuthnMfaRequest",
    "DomainRestrictionsBulkRequestRequest",
    "DomainRestrictionsBulkRequestRequestType",
    "DomainRestrictionsConfigResponse",
    "DomainRestrictionsConfigResponseListType",
    "DomainRestrictionsConfigUpdateRequest",
    "DomainRestrictionsConfigUpdateRequestType",
    "DomainRestrictionsCreateRequest",
    "DomainRestrictionsCreateRequestType",
    "DomainRestrictionsResponse",
    "DomainRestrictionsResponsePage",
    "DomainRestrictionsResponseType",
    "EmailConfiguration",
    "EmailObject",
    "EnrollMyWebAuthnMfaRequest",
    "EnrollMyWebAuthnMfaRequestDeviceType",
    "ErrorResponse",
    "ErrorResponseContext",
    "ExecuteApprovalFlow",
    "ExecuteApprovalFlowExecutionData",
    "ExecutionDataResponse",
    "ExecutionDataResponseExecutionData",
    "ExternalAuth0UserSourceConfig",
    "ExternalCognitoUserSourceConfig",
    "ExternalCustomCodeUserSourceConfig",
    "ExternalFirebaseUserSourceConfig",
    "FederationUserSourceConfig",
    "FirebaseServiceAccountConfig",
    "FronteggPaginationLinks",
    "FronteggPaginationMetadata",
    "GenerateUserActivationLinkResponse",
    "GenerateUserResetPasswordLinkResponse",
    "GetActivateStrategyResponse",
    "GetActiveSessionsResponse",
    "GetDefaultTemplateConfigurationType",
    "GetDelegationConfigurationResponse",
    "GetGroupByIdGroupsRelations",
    "GetGroupConfigurationResponse",
    "GetGroups",
    "GetGroupsByIdsGroupsRelations",
    "GetIpRestrictionResponse",
    "GetIpRestrictionResponsePage",
    "GetIpRestrictionResponseStrategy",
    "GetJwtTemplatesOrder",
    "GetJwtTemplatesSortBy",
    "GetMailConfigResponse",
    "GetMailConfigResponseExtensionItem",
    "GetMailConfigResponseProvider",
    "GetTemplateConfigurationType",
    "GetTemplateResponse",
    "GetTenantAccessTokensResponse",
    "GetTenantApiTokensResponse",
    "GetTenantApiTokensResponseMetadata",
    "GetTenantsUsersCountRequest",
    "GetUserAccessTokensResponse",
    "GetUserApiTokensResponse",
    "GetUserApiTokensResponseMetadata",
    "GetUserEmailsPolicyResponse",
    "GetUserGroupsResponseItem",
    "GetUserRolesResponseItem",
    "GetUsersIdentifierType",
    "GetUsersOrder",
    "GetUserSourceExtendedResponse",
    "GetUserSourceResponse",
    "GetUserSourceUsersResponse",
    "GetUserSourceUsersResponsePage",
    "GetUsersSortBy",
    "GetUsersUsernamesOrder",
    "GetUsersUsernamesSortBy",
    "GetUsersV2Order",
    "GetUsersV2SortBy",
    "GetUserTenantsHierarchyResponse",
    "GetUserTenantsResponse",
    "GetUserTenantStatusesUserTenantStatusesItem",
    "GroupResponse",
    "GroupResponseManagedBy",
    "GroupResponsePage",
    "GroupsResponse",
    "GroupUser",
    "IdentityCondition",
    "IdentityConditionAttribute",
    "IdentityConditionOp",
    "IdentityConditionValue",
    "IdentityRule",
    "IdentityRuleConditionLogic",
    "ImpersonateUserRequest",
    "ImpersonateUserResponse",
    "InvitationConfigurationResponse",
    "InvitationStrategyResponse",
    "InvitationStrategyResponseStrategy",
    "InviteToken",
    "IpRestrictionConfig",
    "IpRestrictionConfigStrategy",
    "IpTestResult",
    "JwtTemplatePayload",
    "JwtTemplatePayloadClaims",
    "JwtTemplatePayloadResponse",
    "JwtTemplatePayloadResponseClaims",
    "JwtTemplateResponse",
    "JwtTemplateResponseAlgorithm",
    "JwtTemplateResponsePage",
    "JwtTemplateTargeting",
    "JwtTemplateTargetingResponse",
    "JwtTemplateTargetingRulesItem",
    "JwtTemplateTargetingRulesItemConditionsItem",
    "JwtTemplateTargetingRulesItemConditionsItemValue",
    "ListGroupsGroupsRelations",
    "ListGroupsV2GroupsRelations",
    "ListGroupsV2Order",
    "ListGroupsV2SortBy",
    "ListPhoneNumbersOrder",
    "ListPhoneNumbersSortBy",
    "ListPhoneNumbersV2Order",
    "ListPhoneNumbersV2SortBy",
    "ListRolesV2Order",
    "ListRolesV2SortBy",
    "ListSubTenantsUsersOrder",
    "ListSubTenantsUsersSortBy",
    "ListUserEmailsOrder",
    "ListUserEmailsSortBy",
    "LockoutPolicyRequest",
    "LockoutPolicyResponse",
    "LoginMfaSmsEnrollRequest",
    "LoginMfaSmsEnrollVerifyRequest",
    "Mailgun",
    "MailgunProvider",
    "MailgunRegion",
    "MarkEmailAsPrimaryRequest",
    "MeAuthorizationResponse",
    "MfaAuthAppConfig",
    "MfaConfigRequest",
    "MfaConfigResponse",
    "MfaEmailConfig",
    "MfaPolicyRequest",
    "MfaPolicyRequestEnforceMFAType",
    "MfaPolicyResponse",
    "MfaSmsConfig",
    "MfaStrategiesResponse",
    "MfaStrategyResponse",
    "MfaStrategyResponseStrategy",
    "MigrateUserRequestV1",
    "MigrateUserRequestV1Provider",
    "MigrateUserRequestV2",
    "MigrateUserRequestV2Provider",
    "MigrateUsersFromTenantToTenantRequest",
    "MigrateUsersRequestV1",
    "MigrateUsersRequestV2",
    "MigrationContext",
    "MigrationObject",
    "MigrationObjectFailuresItem",
    "MigrationStarted",
    "Oauth2UserSourceConfig",
    "OptionalTestsConfig",
    "PasskeyDevice",
    "PasskeyDeviceDeviceType",
    "PasskeyDevicesResponse",
    "PasskeyLoginOptionsResponse",
    "PasskeyLoginRequest",
    "PasskeyLoginRequestAuthenticatorAttachmentType1",
    "PasskeyLoginRequestAuthenticatorAttachmentType2Type1",
    "PasskeyLoginRequestAuthenticatorAttachmentType3Type1",
    "PasskeyLoginRequestClientExtensionResults",
    "PasskeyLoginRequestType",
    "PasskeyPreLoginRequest",
    "PasskeyRegistrationOptionsResponse",
    "PasswordConfigRequest",
    "PasswordConfigResponse",
    "PasswordConfigResponseOptionalTests",
    "PasswordConfigResponseRequiredTests",
    "PasswordHashingType",
    "PasswordHistoryPolicyRequest",
    "PasswordHistoryPolicyResponse",
    "PasswordlessAuthenticationPrelogin",
    "PasswordlessAuthenticationSmsOtcPrelogin",
    "PasswordlessAuthenticationSmsOtcPreloginResponse",
    "PasswordRotationConfigurationResponse",
    "PermissionCategoryResponse",
    "PermissionResponse",
    "PhoneNumberType",
    "PreVerifyUserPhoneNumberRequest",
    "RecoverMfa",
    "RefreshApiToken",
    "RefreshToken",
    "RemoveUserFromSubTenantsRequest",
    "RemoveUserFromSubTenantsRequestSubTenantsItem",
    "RequestDisableMfaRequest",
    "RequestDisableMfaSmsResponse",
    "RequestEnrollAuthenticatorAppMfaResponse",
    "RequestEnrollMfaSmsRequest",
    "RequestEnrollMfaSmsResponse",
    "RequestEnrollMfaWebAuthnResponse",
    "RequestVerifyMfaEmailResponse",
    "RequestVerifyMfaSmsResponse",
    "RequestVerifyMfaWebAuthnResponse",
    "RequiredTestsConfig",
    "ResetActivationToken",
    "ResetActivationTokenEmailMetadata",
    "ResetPassword",
    "ResetPasswordByEmail",
    "ResetPasswordByEmailEmailMetadata",
    "ResetPasswordEmailMetadata",
    "ResetPasswordIdentifierType",
    "ResetPasswordViaSmsResponse",
    "ResetTenantInvitation",
    "Role",
    "RoleDto",
    "RoleResponse",
    "RoleResponsePage",
    "SearchUsersIdentifierType",
    "SearchUsersOrder",
    "SearchUsersSortBy",
    "SelfEmailUpdateRequest",
    "SelfEmailUpdateVerifyRequest",
    "SendGrid",
    "SendGridProvider",
    "Ses",
    "SesProvider",
    "SesRole",
    "SesRoleProvider",
    "SessionConcurrentConfiguration",
    "SessionIdleTimeoutConfiguration",
    "SessionTimeoutConfiguration",
    "SignUpResponse",
    "SignUpUserEmail",
    "SignUpUserEmailEmailMetadata",
    "SignUpUserEmailProvider",
    "SignUpUserUsername",
    "SignUpUserUsernameEmailMetadata",
    "SignUpUserUsernameProvider",
    "SmsConfiguration",
    "SmsTemplateList",
    "SmsTemplateResponse",
    "SmsVendorConfigResponse",
    "StepConfiguration",
    "StepConfigurationResponse",
    "SubmitApproverActionResponse",
    "SubTenantRoleIds",
    "SubTenantUser",
    "SubTenantUserInvite",
    "SubTenantUserPage",
    "SubTenantUserTenant",
    "SwitchApplicationActiveUserTenant",
    "SwitchApplicationActiveUserTenantsRequest",
    "TaskContext",
    "TemporaryUser",
    "TemporaryUsersConfiguration",
    "TenantAccessTokenResponse",
    "TenantInfo",
    "TenantStatus",
    "TenantStatusStatus",
    "TenantUsersCount",
    "UnassignApplicationsFromUserSourceRequest",
    "UnassignUserFromRoles",
    "UnassignUsersFromAppRequest",
    "UnlockUserRequest",
    "UnpublishedChangePhoneNumberRequest",
    "UnpublishedChangePhoneNumberWithVerificationRequest",
    "UnpublishedChangePhoneNumberWithVerificationResponse",
    "UnpublishedGenerateStepUpRequest",
    "UnpublishedPasswordRecoveryStrategy",
    "UnpublishedPasswordRecoveryStrategyStrategy",
    "UnpublishedResetPhoneNumberRequest",
    "UnpublishedResetPhoneNumberResponse",
    "UnpublishedRevokeUserSessionsRequest",
    "UnpublishedSignUpUserPhoneNumber",
    "UnpublishedUserJwtRequest",
    "UnpublishedUserJwtResponse",
    "UnpublishedValidateResetPasswordTokenRequest",
    "UnpublishedVerifyChangePhoneNumberRequest",
    "UnpublishedVerifyResetPhoneNumberRequest",
    "UnpublishedVerifyResetPhoneNumberResponse",
    "UpdateApiToken",
    "UpdateApiTokenMetadata",
    "UpdateApprovalFlow",
    "UpdateCategory",
    "UpdateCustomSsoRequest",
    "UpdateExternalAuth0UserSourceRequest",
    "UpdateExternalCognitoUserSourceRequest",
    "UpdateExternalCustomCodeUserSourceRequest",
    "UpdateExternalFirebaseUserSourceRequest",
    "UpdateFederationUserSourceRequest",
    "UpdateGroup",
    "UpdateInviteTokenRequest",
    "UpdateJwtTemplate",
    "UpdateJwtTemplateAlgorithm",
    "UpdateJwtTemplateTargetingRequest",
    "UpdatePermissionRequest",
    "UpdateRoleRequest",
    "UpdateRolesOnGroup",
    "UpdateRoleTenantRequest",
    "UpdateSubAccountAccessRequest",
    "UpdateTenantApiTokenResponse",
    "UpdateTenantApiTokenResponseMetadata",
    "UpdateUser",
    "UpdateUserEmail",
    "UpdateUserInvisible",
    "UpdateUserPassword",
    "UpdateUserRolesForSubTenantsRequest",
    "UpdateUserRolesForSubTenantsRequestSubTenantsRolesItem",
    "UpdateUsersOnGroup",
    "UpdateUserSuperuser",
    "UpdateUserTenant",
    "UpdateUserTenantWithValidation",
    "UpdateVendorUser",
    "User",
    "UserAccessTokenResponse",
    "UserApplicationActiveTenantResponse",
    "UserApplicationActiveTenantsResponse",
    "UserApplicationsRequest",
    "UserBulkInviteRequest",
    "UserBulkInviteRequestEmailMetadata",
    "UserBulkInviteRequestProvider",
    "UserCreatedResponse",
    "UserEmailResponse",
    "UserEmailResponsePage",
    "UserGroupsItem",
    "UserManagedBy",
    "UserMfaAuthenticatorAppResponse",
    "UserMfaDevicesResponse",
    "UserMfaEmailCodeResponse",
    "UserMfaPhoneDeviceResponse",
    "UserMfaWebAuthnDeviceResponse",
    "UserMfaWebAuthnDeviceResponseDeviceType",
    "UsernameResponse",
    "UsernameResponsePage",
    "UserPage",
    "UserPhoneNumberCreatedResponse",
    "UserPhoneNumberDeleteCodeResponse",
    "UserPhoneNumberResponse",
    "UserPhoneNumberResponsePage",
    "UsersBulkInviteRequest",
    "UsersOfApplication",
    "UserSourceConfigurationView",
    "UserSourceConfigurationViewServiceAccount",
    "UserSourceConfigurationViewTenantConfig",
    "UserSourceDynamicTenantConfig",
    "UserSourceDynamicTenantConfigTenantResolverType",
    "UserSourceFromSourceTenantConfig",
    "UserSourceFromSourceTenantConfigTenantResolverType",
    "UserSourceNewTenantConfig",
    "UserSourceNewTenantConfigTenantResolverType",
    "UserSourceStaticTenantConfig",
    "UserSourceStaticTenantConfigTenantResolverType",
    "UserTenant",
    "UserTenantHierarchyNode",
    "UserTenantStatusesResponse",
    "UserV3",
    "UserV3ManagedBy",
    "UserV3Page",
    "ValidateUserPasswordRequest",
    "ValidateUserPasswordResponse",
    "VendorConfigBasicResponse",
    "VendorConfigBasicResponseMachineToMachineAuthStrategy",
    "VendorConfigRequest",
    "VendorConfigRequestAuthStrategy",
    "VendorConfigRequestCookieSameSite",
    "VendorConfigRequestJwtAlgorithm",
    "VendorConfigRequestMachineToMachineAuthStrategy",
    "VendorConfigResponse",
    "VendorConfigResponseAuthStrategy",
    "VendorConfigResponseCookieSameSite",
    "VendorConfigResponseJwtAlgorithm",
    "VendorConfigResponseMachineToMachineAuthStrategy",
    "VerifyEnrollMfaAuthAppRequest",
    "VerifyEnrollMfaResponse",
    "VerifyEnrollMfaSmsRequest",
    "VerifyEnrollMfaUserAuthAppRequest",
    "VerifyEnrollMfaWebAuthnRequest",
    "VerifyEnrollMfaWebAuthnRequestDeviceType",
    "VerifyInviteTokenRequest",
    "VerifyMfaAuthAppRequest",
    "VerifyMfaEmailOtcRequest",
    "VerifyMfaSmsRequest",
    "VerifyMfaWebAuthnRequest",
    "VerifyNewWebAuthnDeviceRequest",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType1",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType2Type1",
    "VerifyNewWebAuthnDeviceRequestAuthenticatorAttachmentType3Type1",
    "VerifyNewWebAuthnDeviceRequestClientExtensionResults",
    "VerifyNewWebAuthnDeviceRequestDeviceType",
    "VerifyNewWebAuthnDeviceRequestType",
    "VerifyPassword",
    "VerifyPasswordViaSmsRequest",
    "VerifyPasswordViaSmsResponse",
    "VerifyPhoneNumberOtcRequest",
    "WebAuthnClientResponse",
    "WebAuthnCredentialCreationOptions",
    "WebAuthnCredentialCreationOptionsAttestation",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelection",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionAuthenticatorAttachment",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionResidentKey",
    "WebAuthnCredentialCreationOptionsAuthenticatorSelectionUserVerification",
    "WebAuthnCredentialCreationOptionsPubKeyCredParamsItem",
    "WebAuthnCredentialCreationOptionsPubKeyCredParamsItemType",
    "WebAuthnCredentialCreationOptionsRp",
    "WebAuthnCredentialCreationOptionsUser",
    "WebAuthnCredentialDescriptor",
    "WebAuthnCredentialDescriptorType",
    "WebAuthnCredentialRequestOptions",
    "WebAuthnCredentialRequestOptionsUserVerification",
    "WebAuthnResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
