import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestErrorStatus } from '../../../../graphql/requestErrorStatus'

export const POST = withRequestErrorStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
