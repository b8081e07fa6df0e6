export { EnterpriseContact, type EnterpriseContactProps } from './enterprise-contact';
