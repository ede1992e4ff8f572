/** Records, after `next build`, where and from which sources the production build was made. */
import { writeBuildStamp } from '../src/config/buildStamp'
import { CMS_ROOT } from '../src/config/runtime'

writeBuildStamp(CMS_ROOT)
