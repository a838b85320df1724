export const id = 52;
export const ids = [52];
export const modules = {

/***/ 2052:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (Object.hasOwnProperty.call(mod, k)) result[k] = mod[k];
    result["default"] = mod;
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
// This file is auto-generated, don't edit it
/**
 *
 */
const tea_util_1 = __importStar(__webpack_require__(5129)), $Util = tea_util_1;
const openapi_client_1 = __importStar(__webpack_require__(4119)), $OpenApi = openapi_client_1;
const openapi_util_1 = __importDefault(__webpack_require__(2879));
const endpoint_util_1 = __importDefault(__webpack_require__(8180));
const $tea = __importStar(__webpack_require__(4671));
class CommitContainerRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            acrRegistryInfo: 'AcrRegistryInfo',
            arn: 'Arn',
            containerGroupId: 'ContainerGroupId',
            containerName: 'ContainerName',
            image: 'Image',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            acrRegistryInfo: CommitContainerRequestAcrRegistryInfo,
            arn: CommitContainerRequestArn,
            containerGroupId: 'string',
            containerName: 'string',
            image: CommitContainerRequestImage,
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.CommitContainerRequest = CommitContainerRequest;
class CommitContainerResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
            taskId: 'TaskId',
        };
    }
    static types() {
        return {
            requestId: 'string',
            taskId: 'string',
        };
    }
}
exports.CommitContainerResponseBody = CommitContainerResponseBody;
class CommitContainerResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CommitContainerResponseBody,
        };
    }
}
exports.CommitContainerResponse = CommitContainerResponse;
class CopyDataCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            clientToken: 'ClientToken',
            dataCacheId: 'DataCacheId',
            destinationRegionId: 'DestinationRegionId',
            name: 'Name',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            path: 'Path',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            retentionDays: 'RetentionDays',
            tag: 'Tag',
        };
    }
    static types() {
        return {
            bucket: 'string',
            clientToken: 'string',
            dataCacheId: 'string',
            destinationRegionId: 'string',
            name: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            path: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            retentionDays: 'number',
            tag: { 'type': 'array', 'itemType': CopyDataCacheRequestTag },
        };
    }
}
exports.CopyDataCacheRequest = CopyDataCacheRequest;
class CopyDataCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            dataCacheId: 'DataCacheId',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            dataCacheId: 'string',
            requestId: 'string',
        };
    }
}
exports.CopyDataCacheResponseBody = CopyDataCacheResponseBody;
class CopyDataCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CopyDataCacheResponseBody,
        };
    }
}
exports.CopyDataCacheResponse = CopyDataCacheResponse;
class CreateContainerGroupRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            dnsConfig: 'DnsConfig',
            hostSecurityContext: 'HostSecurityContext',
            securityContext: 'SecurityContext',
            acrRegistryInfo: 'AcrRegistryInfo',
            activeDeadlineSeconds: 'ActiveDeadlineSeconds',
            autoCreateEip: 'AutoCreateEip',
            autoMatchImageCache: 'AutoMatchImageCache',
            clientToken: 'ClientToken',
            container: 'Container',
            containerGroupName: 'ContainerGroupName',
            containerResourceView: 'ContainerResourceView',
            corePattern: 'CorePattern',
            cpu: 'Cpu',
            cpuArchitecture: 'CpuArchitecture',
            cpuOptionsCore: 'CpuOptionsCore',
            cpuOptionsNuma: 'CpuOptionsNuma',
            cpuOptionsThreadsPerCore: 'CpuOptionsThreadsPerCore',
            dataCacheBucket: 'DataCacheBucket',
            dataCacheBurstingEnabled: 'DataCacheBurstingEnabled',
            dataCachePL: 'DataCachePL',
            dataCacheProvisionedIops: 'DataCacheProvisionedIops',
            dnsPolicy: 'DnsPolicy',
            dryRun: 'DryRun',
            egressBandwidth: 'EgressBandwidth',
            eipBandwidth: 'EipBandwidth',
            eipCommonBandwidthPackage: 'EipCommonBandwidthPackage',
            eipISP: 'EipISP',
            eipInstanceId: 'EipInstanceId',
            ephemeralStorage: 'EphemeralStorage',
            fixedIp: 'FixedIp',
            fixedIpRetainHour: 'FixedIpRetainHour',
            hostAliase: 'HostAliase',
            hostName: 'HostName',
            imageAccelerateMode: 'ImageAccelerateMode',
            imageRegistryCredential: 'ImageRegistryCredential',
            imageSnapshotId: 'ImageSnapshotId',
            ingressBandwidth: 'IngressBandwidth',
            initContainer: 'InitContainer',
            insecureRegistry: 'InsecureRegistry',
            instanceType: 'InstanceType',
            ipv6AddressCount: 'Ipv6AddressCount',
            ipv6GatewayBandwidth: 'Ipv6GatewayBandwidth',
            ipv6GatewayBandwidthEnable: 'Ipv6GatewayBandwidthEnable',
            memory: 'Memory',
            ntpServer: 'NtpServer',
            osType: 'OsType',
            overheadReservationOption: 'OverheadReservationOption',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            plainHttpRegistry: 'PlainHttpRegistry',
            privateIpAddress: 'PrivateIpAddress',
            ramRoleName: 'RamRoleName',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            restartPolicy: 'RestartPolicy',
            scheduleStrategy: 'ScheduleStrategy',
            securityGroupId: 'SecurityGroupId',
            shareProcessNamespace: 'ShareProcessNamespace',
            spotDuration: 'SpotDuration',
            spotPriceLimit: 'SpotPriceLimit',
            spotStrategy: 'SpotStrategy',
            strictSpot: 'StrictSpot',
            tag: 'Tag',
            terminationGracePeriodSeconds: 'TerminationGracePeriodSeconds',
            vSwitchId: 'VSwitchId',
            volume: 'Volume',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            dnsConfig: CreateContainerGroupRequestDnsConfig,
            hostSecurityContext: CreateContainerGroupRequestHostSecurityContext,
            securityContext: CreateContainerGroupRequestSecurityContext,
            acrRegistryInfo: { 'type': 'array', 'itemType': CreateContainerGroupRequestAcrRegistryInfo },
            activeDeadlineSeconds: 'number',
            autoCreateEip: 'boolean',
            autoMatchImageCache: 'boolean',
            clientToken: 'string',
            container: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainer },
            containerGroupName: 'string',
            containerResourceView: 'boolean',
            corePattern: 'string',
            cpu: 'number',
            cpuArchitecture: 'string',
            cpuOptionsCore: 'number',
            cpuOptionsNuma: 'string',
            cpuOptionsThreadsPerCore: 'number',
            dataCacheBucket: 'string',
            dataCacheBurstingEnabled: 'boolean',
            dataCachePL: 'string',
            dataCacheProvisionedIops: 'number',
            dnsPolicy: 'string',
            dryRun: 'boolean',
            egressBandwidth: 'number',
            eipBandwidth: 'number',
            eipCommonBandwidthPackage: 'string',
            eipISP: 'string',
            eipInstanceId: 'string',
            ephemeralStorage: 'number',
            fixedIp: 'string',
            fixedIpRetainHour: 'number',
            hostAliase: { 'type': 'array', 'itemType': CreateContainerGroupRequestHostAliase },
            hostName: 'string',
            imageAccelerateMode: 'string',
            imageRegistryCredential: { 'type': 'array', 'itemType': CreateContainerGroupRequestImageRegistryCredential },
            imageSnapshotId: 'string',
            ingressBandwidth: 'number',
            initContainer: { 'type': 'array', 'itemType': CreateContainerGroupRequestInitContainer },
            insecureRegistry: 'string',
            instanceType: 'string',
            ipv6AddressCount: 'number',
            ipv6GatewayBandwidth: 'string',
            ipv6GatewayBandwidthEnable: 'boolean',
            memory: 'number',
            ntpServer: { 'type': 'array', 'itemType': 'string' },
            osType: 'string',
            overheadReservationOption: CreateContainerGroupRequestOverheadReservationOption,
            ownerAccount: 'string',
            ownerId: 'number',
            plainHttpRegistry: 'string',
            privateIpAddress: 'string',
            ramRoleName: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            restartPolicy: 'string',
            scheduleStrategy: 'string',
            securityGroupId: 'string',
            shareProcessNamespace: 'boolean',
            spotDuration: 'number',
            spotPriceLimit: 'number',
            spotStrategy: 'string',
            strictSpot: 'boolean',
            tag: { 'type': 'array', 'itemType': CreateContainerGroupRequestTag },
            terminationGracePeriodSeconds: 'number',
            vSwitchId: 'string',
            volume: { 'type': 'array', 'itemType': CreateContainerGroupRequestVolume },
            zoneId: 'string',
        };
    }
}
exports.CreateContainerGroupRequest = CreateContainerGroupRequest;
class CreateContainerGroupResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            requestId: 'string',
        };
    }
}
exports.CreateContainerGroupResponseBody = CreateContainerGroupResponseBody;
class CreateContainerGroupResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CreateContainerGroupResponseBody,
        };
    }
}
exports.CreateContainerGroupResponse = CreateContainerGroupResponse;
class CreateDataCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            clientToken: 'ClientToken',
            dataSource: 'DataSource',
            eipCreateParam: 'EipCreateParam',
            eipInstanceId: 'EipInstanceId',
            name: 'Name',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            path: 'Path',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            retentionDays: 'RetentionDays',
            securityGroupId: 'SecurityGroupId',
            size: 'Size',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
        };
    }
    static types() {
        return {
            bucket: 'string',
            clientToken: 'string',
            dataSource: CreateDataCacheRequestDataSource,
            eipCreateParam: CreateDataCacheRequestEipCreateParam,
            eipInstanceId: 'string',
            name: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            path: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            retentionDays: 'number',
            securityGroupId: 'string',
            size: 'number',
            tag: { 'type': 'array', 'itemType': CreateDataCacheRequestTag },
            vSwitchId: 'string',
        };
    }
}
exports.CreateDataCacheRequest = CreateDataCacheRequest;
class CreateDataCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            dataCacheId: 'DataCacheId',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            dataCacheId: 'string',
            requestId: 'string',
        };
    }
}
exports.CreateDataCacheResponseBody = CreateDataCacheResponseBody;
class CreateDataCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CreateDataCacheResponseBody,
        };
    }
}
exports.CreateDataCacheResponse = CreateDataCacheResponse;
class CreateImageCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            acrRegistryInfo: 'AcrRegistryInfo',
            annotations: 'Annotations',
            autoMatchImageCache: 'AutoMatchImageCache',
            clientToken: 'ClientToken',
            eipInstanceId: 'EipInstanceId',
            eliminationStrategy: 'EliminationStrategy',
            flash: 'Flash',
            flashCopyCount: 'FlashCopyCount',
            image: 'Image',
            imageCacheName: 'ImageCacheName',
            imageCacheSize: 'ImageCacheSize',
            imageRegistryCredential: 'ImageRegistryCredential',
            insecureRegistry: 'InsecureRegistry',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            plainHttpRegistry: 'PlainHttpRegistry',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            retentionDays: 'RetentionDays',
            securityGroupId: 'SecurityGroupId',
            standardCopyCount: 'StandardCopyCount',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            acrRegistryInfo: { 'type': 'array', 'itemType': CreateImageCacheRequestAcrRegistryInfo },
            annotations: 'string',
            autoMatchImageCache: 'boolean',
            clientToken: 'string',
            eipInstanceId: 'string',
            eliminationStrategy: 'string',
            flash: 'boolean',
            flashCopyCount: 'number',
            image: { 'type': 'array', 'itemType': 'string' },
            imageCacheName: 'string',
            imageCacheSize: 'number',
            imageRegistryCredential: { 'type': 'array', 'itemType': CreateImageCacheRequestImageRegistryCredential },
            insecureRegistry: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            plainHttpRegistry: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            retentionDays: 'number',
            securityGroupId: 'string',
            standardCopyCount: 'number',
            tag: { 'type': 'array', 'itemType': CreateImageCacheRequestTag },
            vSwitchId: 'string',
            zoneId: 'string',
        };
    }
}
exports.CreateImageCacheRequest = CreateImageCacheRequest;
class CreateImageCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            imageCacheId: 'ImageCacheId',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            imageCacheId: 'string',
            requestId: 'string',
        };
    }
}
exports.CreateImageCacheResponseBody = CreateImageCacheResponseBody;
class CreateImageCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CreateImageCacheResponseBody,
        };
    }
}
exports.CreateImageCacheResponse = CreateImageCacheResponse;
class CreateInstanceOpsTaskRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            opsType: 'OpsType',
            opsValue: 'OpsValue',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            opsType: 'string',
            opsValue: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.CreateInstanceOpsTaskRequest = CreateInstanceOpsTaskRequest;
class CreateInstanceOpsTaskResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
            result: 'Result',
        };
    }
    static types() {
        return {
            requestId: 'string',
            result: 'string',
        };
    }
}
exports.CreateInstanceOpsTaskResponseBody = CreateInstanceOpsTaskResponseBody;
class CreateInstanceOpsTaskResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CreateInstanceOpsTaskResponseBody,
        };
    }
}
exports.CreateInstanceOpsTaskResponse = CreateInstanceOpsTaskResponse;
class CreateVirtualNodeRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            clusterDNS: 'ClusterDNS',
            clusterDomain: 'ClusterDomain',
            customResources: 'CustomResources',
            eipInstanceId: 'EipInstanceId',
            enablePublicNetwork: 'EnablePublicNetwork',
            kubeConfig: 'KubeConfig',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            securityGroupId: 'SecurityGroupId',
            tag: 'Tag',
            taint: 'Taint',
            tlsBootstrapEnabled: 'TlsBootstrapEnabled',
            vSwitchId: 'VSwitchId',
            virtualNodeName: 'VirtualNodeName',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            clusterDNS: 'string',
            clusterDomain: 'string',
            customResources: 'string',
            eipInstanceId: 'string',
            enablePublicNetwork: 'boolean',
            kubeConfig: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            securityGroupId: 'string',
            tag: { 'type': 'array', 'itemType': CreateVirtualNodeRequestTag },
            taint: { 'type': 'array', 'itemType': CreateVirtualNodeRequestTaint },
            tlsBootstrapEnabled: 'boolean',
            vSwitchId: 'string',
            virtualNodeName: 'string',
            zoneId: 'string',
        };
    }
}
exports.CreateVirtualNodeRequest = CreateVirtualNodeRequest;
class CreateVirtualNodeResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
            virtualNodeId: 'VirtualNodeId',
        };
    }
    static types() {
        return {
            requestId: 'string',
            virtualNodeId: 'string',
        };
    }
}
exports.CreateVirtualNodeResponseBody = CreateVirtualNodeResponseBody;
class CreateVirtualNodeResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: CreateVirtualNodeResponseBody,
        };
    }
}
exports.CreateVirtualNodeResponse = CreateVirtualNodeResponse;
class DeleteContainerGroupRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            containerGroupId: 'ContainerGroupId',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            containerGroupId: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DeleteContainerGroupRequest = DeleteContainerGroupRequest;
class DeleteContainerGroupResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.DeleteContainerGroupResponseBody = DeleteContainerGroupResponseBody;
class DeleteContainerGroupResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DeleteContainerGroupResponseBody,
        };
    }
}
exports.DeleteContainerGroupResponse = DeleteContainerGroupResponse;
class DeleteDataCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            clientToken: 'ClientToken',
            dataCacheId: 'DataCacheId',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            path: 'Path',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            bucket: 'string',
            clientToken: 'string',
            dataCacheId: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            path: 'string',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DeleteDataCacheRequest = DeleteDataCacheRequest;
class DeleteDataCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.DeleteDataCacheResponseBody = DeleteDataCacheResponseBody;
class DeleteDataCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DeleteDataCacheResponseBody,
        };
    }
}
exports.DeleteDataCacheResponse = DeleteDataCacheResponse;
class DeleteImageCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            imageCacheId: 'ImageCacheId',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            imageCacheId: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DeleteImageCacheRequest = DeleteImageCacheRequest;
class DeleteImageCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.DeleteImageCacheResponseBody = DeleteImageCacheResponseBody;
class DeleteImageCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DeleteImageCacheResponseBody,
        };
    }
}
exports.DeleteImageCacheResponse = DeleteImageCacheResponse;
class DeleteVirtualNodeRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            virtualNodeId: 'VirtualNodeId',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            virtualNodeId: 'string',
        };
    }
}
exports.DeleteVirtualNodeRequest = DeleteVirtualNodeRequest;
class DeleteVirtualNodeResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.DeleteVirtualNodeResponseBody = DeleteVirtualNodeResponseBody;
class DeleteVirtualNodeResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DeleteVirtualNodeResponseBody,
        };
    }
}
exports.DeleteVirtualNodeResponse = DeleteVirtualNodeResponse;
class DescribeAvailableResourceRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            destinationResource: 'DestinationResource',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            spotResource: 'SpotResource',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            destinationResource: DescribeAvailableResourceRequestDestinationResource,
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            spotResource: DescribeAvailableResourceRequestSpotResource,
            zoneId: 'string',
        };
    }
}
exports.DescribeAvailableResourceRequest = DescribeAvailableResourceRequest;
class DescribeAvailableResourceResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableZones: 'AvailableZones',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            availableZones: DescribeAvailableResourceResponseBodyAvailableZones,
            requestId: 'string',
        };
    }
}
exports.DescribeAvailableResourceResponseBody = DescribeAvailableResourceResponseBody;
class DescribeAvailableResourceResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeAvailableResourceResponseBody,
        };
    }
}
exports.DescribeAvailableResourceResponse = DescribeAvailableResourceResponse;
class DescribeCommitContainerTaskRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            maxResults: 'MaxResults',
            nextToken: 'NextToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            taskId: 'TaskId',
            taskStatus: 'TaskStatus',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            maxResults: 'number',
            nextToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            taskId: { 'type': 'array', 'itemType': 'string' },
            taskStatus: 'string',
        };
    }
}
exports.DescribeCommitContainerTaskRequest = DescribeCommitContainerTaskRequest;
class DescribeCommitContainerTaskResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            commitTasks: 'CommitTasks',
            maxResults: 'MaxResults',
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            commitTasks: { 'type': 'array', 'itemType': DescribeCommitContainerTaskResponseBodyCommitTasks },
            maxResults: 'string',
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeCommitContainerTaskResponseBody = DescribeCommitContainerTaskResponseBody;
class DescribeCommitContainerTaskResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeCommitContainerTaskResponseBody,
        };
    }
}
exports.DescribeCommitContainerTaskResponse = DescribeCommitContainerTaskResponse;
class DescribeContainerGroupEventsRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupIds: 'ContainerGroupIds',
            eventSource: 'EventSource',
            limit: 'Limit',
            nextToken: 'NextToken',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            sinceSecond: 'SinceSecond',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            containerGroupIds: 'string',
            eventSource: 'string',
            limit: 'number',
            nextToken: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            sinceSecond: 'number',
            tag: { 'type': 'array', 'itemType': DescribeContainerGroupEventsRequestTag },
            vSwitchId: 'string',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsRequest = DescribeContainerGroupEventsRequest;
class DescribeContainerGroupEventsResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            data: 'Data',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            data: { 'type': 'array', 'itemType': DescribeContainerGroupEventsResponseBodyData },
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeContainerGroupEventsResponseBody = DescribeContainerGroupEventsResponseBody;
class DescribeContainerGroupEventsResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerGroupEventsResponseBody,
        };
    }
}
exports.DescribeContainerGroupEventsResponse = DescribeContainerGroupEventsResponse;
class DescribeContainerGroupMetricRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            endTime: 'EndTime',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            period: 'Period',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            startTime: 'StartTime',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            endTime: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            period: 'string',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            startTime: 'string',
        };
    }
}
exports.DescribeContainerGroupMetricRequest = DescribeContainerGroupMetricRequest;
class DescribeContainerGroupMetricResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            records: 'Records',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            records: { 'type': 'array', 'itemType': DescribeContainerGroupMetricResponseBodyRecords },
            requestId: 'string',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBody = DescribeContainerGroupMetricResponseBody;
class DescribeContainerGroupMetricResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerGroupMetricResponseBody,
        };
    }
}
exports.DescribeContainerGroupMetricResponse = DescribeContainerGroupMetricResponse;
class DescribeContainerGroupPriceRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            cpu: 'Cpu',
            ephemeralStorage: 'EphemeralStorage',
            instanceType: 'InstanceType',
            memory: 'Memory',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            spotDuration: 'SpotDuration',
            spotPriceLimit: 'SpotPriceLimit',
            spotStrategy: 'SpotStrategy',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            cpu: 'number',
            ephemeralStorage: 'number',
            instanceType: 'string',
            memory: 'number',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            spotDuration: 'number',
            spotPriceLimit: 'number',
            spotStrategy: 'string',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupPriceRequest = DescribeContainerGroupPriceRequest;
class DescribeContainerGroupPriceResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            priceInfo: 'PriceInfo',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            priceInfo: DescribeContainerGroupPriceResponseBodyPriceInfo,
            requestId: 'string',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBody = DescribeContainerGroupPriceResponseBody;
class DescribeContainerGroupPriceResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerGroupPriceResponseBody,
        };
    }
}
exports.DescribeContainerGroupPriceResponse = DescribeContainerGroupPriceResponse;
class DescribeContainerGroupStatusRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupIds: 'ContainerGroupIds',
            limit: 'Limit',
            nextToken: 'NextToken',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            sinceSecond: 'SinceSecond',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            containerGroupIds: 'string',
            limit: 'number',
            nextToken: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            sinceSecond: 'number',
            tag: { 'type': 'array', 'itemType': DescribeContainerGroupStatusRequestTag },
            vSwitchId: 'string',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusRequest = DescribeContainerGroupStatusRequest;
class DescribeContainerGroupStatusResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            data: 'Data',
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            data: { 'type': 'array', 'itemType': DescribeContainerGroupStatusResponseBodyData },
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBody = DescribeContainerGroupStatusResponseBody;
class DescribeContainerGroupStatusResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerGroupStatusResponseBody,
        };
    }
}
exports.DescribeContainerGroupStatusResponse = DescribeContainerGroupStatusResponse;
class DescribeContainerGroupsRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupIds: 'ContainerGroupIds',
            containerGroupName: 'ContainerGroupName',
            limit: 'Limit',
            nextToken: 'NextToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            status: 'Status',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
            withEvent: 'WithEvent',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            containerGroupIds: 'string',
            containerGroupName: 'string',
            limit: 'number',
            nextToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            status: 'string',
            tag: { 'type': 'array', 'itemType': DescribeContainerGroupsRequestTag },
            vSwitchId: 'string',
            withEvent: 'boolean',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupsRequest = DescribeContainerGroupsRequest;
class DescribeContainerGroupsResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroups: 'ContainerGroups',
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            containerGroups: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroups },
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBody = DescribeContainerGroupsResponseBody;
class DescribeContainerGroupsResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerGroupsResponseBody,
        };
    }
}
exports.DescribeContainerGroupsResponse = DescribeContainerGroupsResponse;
class DescribeContainerLogRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            containerName: 'ContainerName',
            lastTime: 'LastTime',
            limitBytes: 'LimitBytes',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            sinceSeconds: 'SinceSeconds',
            startTime: 'StartTime',
            tail: 'Tail',
            timestamps: 'Timestamps',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            containerName: 'string',
            lastTime: 'boolean',
            limitBytes: 'number',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            sinceSeconds: 'number',
            startTime: 'string',
            tail: 'number',
            timestamps: 'boolean',
        };
    }
}
exports.DescribeContainerLogRequest = DescribeContainerLogRequest;
class DescribeContainerLogResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerName: 'ContainerName',
            content: 'Content',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            containerName: 'string',
            content: 'string',
            requestId: 'string',
        };
    }
}
exports.DescribeContainerLogResponseBody = DescribeContainerLogResponseBody;
class DescribeContainerLogResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeContainerLogResponseBody,
        };
    }
}
exports.DescribeContainerLogResponse = DescribeContainerLogResponse;
class DescribeDataCachesRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            dataCacheId: 'DataCacheId',
            limit: 'Limit',
            nextToken: 'NextToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            path: 'Path',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            tag: 'Tag',
        };
    }
    static types() {
        return {
            bucket: 'string',
            dataCacheId: { 'type': 'array', 'itemType': 'string' },
            limit: 'number',
            nextToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            path: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            tag: { 'type': 'array', 'itemType': DescribeDataCachesRequestTag },
        };
    }
}
exports.DescribeDataCachesRequest = DescribeDataCachesRequest;
class DescribeDataCachesResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            dataCaches: 'DataCaches',
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            dataCaches: { 'type': 'array', 'itemType': DescribeDataCachesResponseBodyDataCaches },
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeDataCachesResponseBody = DescribeDataCachesResponseBody;
class DescribeDataCachesResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeDataCachesResponseBody,
        };
    }
}
exports.DescribeDataCachesResponse = DescribeDataCachesResponse;
class DescribeImageCachesRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            image: 'Image',
            imageCacheId: 'ImageCacheId',
            imageCacheName: 'ImageCacheName',
            imageFullMatch: 'ImageFullMatch',
            imageMatchCountRequest: 'ImageMatchCountRequest',
            limit: 'Limit',
            matchImage: 'MatchImage',
            nextToken: 'NextToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            snapshotId: 'SnapshotId',
            tag: 'Tag',
        };
    }
    static types() {
        return {
            image: 'string',
            imageCacheId: 'string',
            imageCacheName: 'string',
            imageFullMatch: 'boolean',
            imageMatchCountRequest: 'number',
            limit: 'number',
            matchImage: { 'type': 'array', 'itemType': 'string' },
            nextToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            snapshotId: 'string',
            tag: { 'type': 'array', 'itemType': DescribeImageCachesRequestTag },
        };
    }
}
exports.DescribeImageCachesRequest = DescribeImageCachesRequest;
class DescribeImageCachesResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            imageCaches: 'ImageCaches',
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
        };
    }
    static types() {
        return {
            imageCaches: { 'type': 'array', 'itemType': DescribeImageCachesResponseBodyImageCaches },
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
        };
    }
}
exports.DescribeImageCachesResponseBody = DescribeImageCachesResponseBody;
class DescribeImageCachesResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeImageCachesResponseBody,
        };
    }
}
exports.DescribeImageCachesResponse = DescribeImageCachesResponse;
class DescribeInstanceOpsRecordsRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            opsType: 'OpsType',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            opsType: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DescribeInstanceOpsRecordsRequest = DescribeInstanceOpsRecordsRequest;
class DescribeInstanceOpsRecordsResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            records: 'Records',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            records: { 'type': 'array', 'itemType': DescribeInstanceOpsRecordsResponseBodyRecords },
            requestId: 'string',
        };
    }
}
exports.DescribeInstanceOpsRecordsResponseBody = DescribeInstanceOpsRecordsResponseBody;
class DescribeInstanceOpsRecordsResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeInstanceOpsRecordsResponseBody,
        };
    }
}
exports.DescribeInstanceOpsRecordsResponse = DescribeInstanceOpsRecordsResponse;
class DescribeMultiContainerGroupMetricRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupIds: 'ContainerGroupIds',
            metricType: 'MetricType',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            containerGroupIds: 'string',
            metricType: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricRequest = DescribeMultiContainerGroupMetricRequest;
class DescribeMultiContainerGroupMetricResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            monitorDatas: 'MonitorDatas',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            monitorDatas: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatas },
            requestId: 'string',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBody = DescribeMultiContainerGroupMetricResponseBody;
class DescribeMultiContainerGroupMetricResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeMultiContainerGroupMetricResponseBody,
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponse = DescribeMultiContainerGroupMetricResponse;
class DescribeRegionsRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.DescribeRegionsRequest = DescribeRegionsRequest;
class DescribeRegionsResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            regions: 'Regions',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            regions: { 'type': 'array', 'itemType': DescribeRegionsResponseBodyRegions },
            requestId: 'string',
        };
    }
}
exports.DescribeRegionsResponseBody = DescribeRegionsResponseBody;
class DescribeRegionsResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeRegionsResponseBody,
        };
    }
}
exports.DescribeRegionsResponse = DescribeRegionsResponse;
class DescribeVirtualNodesRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            limit: 'Limit',
            nextToken: 'NextToken',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            status: 'Status',
            tag: 'Tag',
            virtualNodeIds: 'VirtualNodeIds',
            virtualNodeName: 'VirtualNodeName',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            limit: 'number',
            nextToken: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            status: 'string',
            tag: { 'type': 'array', 'itemType': DescribeVirtualNodesRequestTag },
            virtualNodeIds: 'string',
            virtualNodeName: 'string',
        };
    }
}
exports.DescribeVirtualNodesRequest = DescribeVirtualNodesRequest;
class DescribeVirtualNodesResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            nextToken: 'NextToken',
            requestId: 'RequestId',
            totalCount: 'TotalCount',
            virtualNodes: 'VirtualNodes',
        };
    }
    static types() {
        return {
            nextToken: 'string',
            requestId: 'string',
            totalCount: 'number',
            virtualNodes: { 'type': 'array', 'itemType': DescribeVirtualNodesResponseBodyVirtualNodes },
        };
    }
}
exports.DescribeVirtualNodesResponseBody = DescribeVirtualNodesResponseBody;
class DescribeVirtualNodesResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: DescribeVirtualNodesResponseBody,
        };
    }
}
exports.DescribeVirtualNodesResponse = DescribeVirtualNodesResponse;
class ExecContainerCommandRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            command: 'Command',
            containerGroupId: 'ContainerGroupId',
            containerName: 'ContainerName',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            stdin: 'Stdin',
            sync: 'Sync',
            TTY: 'TTY',
        };
    }
    static types() {
        return {
            command: 'string',
            containerGroupId: 'string',
            containerName: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            stdin: 'boolean',
            sync: 'boolean',
            TTY: 'boolean',
        };
    }
}
exports.ExecContainerCommandRequest = ExecContainerCommandRequest;
class ExecContainerCommandResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            httpUrl: 'HttpUrl',
            requestId: 'RequestId',
            syncResponse: 'SyncResponse',
            webSocketUri: 'WebSocketUri',
        };
    }
    static types() {
        return {
            httpUrl: 'string',
            requestId: 'string',
            syncResponse: 'string',
            webSocketUri: 'string',
        };
    }
}
exports.ExecContainerCommandResponseBody = ExecContainerCommandResponseBody;
class ExecContainerCommandResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: ExecContainerCommandResponseBody,
        };
    }
}
exports.ExecContainerCommandResponse = ExecContainerCommandResponse;
class ListUsageRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.ListUsageRequest = ListUsageRequest;
class ListUsageResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            attributes: 'Attributes',
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            attributes: { 'type': 'map', 'keyType': 'string', 'valueType': 'any' },
            requestId: 'string',
        };
    }
}
exports.ListUsageResponseBody = ListUsageResponseBody;
class ListUsageResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: ListUsageResponseBody,
        };
    }
}
exports.ListUsageResponse = ListUsageResponse;
class ResizeContainerGroupVolumeRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            containerGroupId: 'ContainerGroupId',
            newSize: 'NewSize',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            volumeName: 'VolumeName',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            containerGroupId: 'string',
            newSize: 'number',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            volumeName: 'string',
        };
    }
}
exports.ResizeContainerGroupVolumeRequest = ResizeContainerGroupVolumeRequest;
class ResizeContainerGroupVolumeResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.ResizeContainerGroupVolumeResponseBody = ResizeContainerGroupVolumeResponseBody;
class ResizeContainerGroupVolumeResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: ResizeContainerGroupVolumeResponseBody,
        };
    }
}
exports.ResizeContainerGroupVolumeResponse = ResizeContainerGroupVolumeResponse;
class RestartContainerGroupRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            containerGroupId: 'ContainerGroupId',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            containerGroupId: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
        };
    }
}
exports.RestartContainerGroupRequest = RestartContainerGroupRequest;
class RestartContainerGroupResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.RestartContainerGroupResponseBody = RestartContainerGroupResponseBody;
class RestartContainerGroupResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: RestartContainerGroupResponseBody,
        };
    }
}
exports.RestartContainerGroupResponse = RestartContainerGroupResponse;
class UpdateContainerGroupRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            dnsConfig: 'DnsConfig',
            acrRegistryInfo: 'AcrRegistryInfo',
            clientToken: 'ClientToken',
            container: 'Container',
            containerGroupId: 'ContainerGroupId',
            cpu: 'Cpu',
            imageRegistryCredential: 'ImageRegistryCredential',
            initContainer: 'InitContainer',
            memory: 'Memory',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            restartPolicy: 'RestartPolicy',
            tag: 'Tag',
            updateType: 'UpdateType',
            volume: 'Volume',
        };
    }
    static types() {
        return {
            dnsConfig: UpdateContainerGroupRequestDnsConfig,
            acrRegistryInfo: { 'type': 'array', 'itemType': UpdateContainerGroupRequestAcrRegistryInfo },
            clientToken: 'string',
            container: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainer },
            containerGroupId: 'string',
            cpu: 'number',
            imageRegistryCredential: { 'type': 'array', 'itemType': UpdateContainerGroupRequestImageRegistryCredential },
            initContainer: { 'type': 'array', 'itemType': UpdateContainerGroupRequestInitContainer },
            memory: 'number',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            restartPolicy: 'string',
            tag: { 'type': 'array', 'itemType': UpdateContainerGroupRequestTag },
            updateType: 'string',
            volume: { 'type': 'array', 'itemType': UpdateContainerGroupRequestVolume },
        };
    }
}
exports.UpdateContainerGroupRequest = UpdateContainerGroupRequest;
class UpdateContainerGroupResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.UpdateContainerGroupResponseBody = UpdateContainerGroupResponseBody;
class UpdateContainerGroupResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: UpdateContainerGroupResponseBody,
        };
    }
}
exports.UpdateContainerGroupResponse = UpdateContainerGroupResponse;
class UpdateDataCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            clientToken: 'ClientToken',
            dataCacheId: 'DataCacheId',
            dataSource: 'DataSource',
            eipCreateParam: 'EipCreateParam',
            eipInstanceId: 'EipInstanceId',
            name: 'Name',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            retentionDays: 'RetentionDays',
            securityGroupId: 'SecurityGroupId',
            size: 'Size',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
        };
    }
    static types() {
        return {
            bucket: 'string',
            clientToken: 'string',
            dataCacheId: 'string',
            dataSource: UpdateDataCacheRequestDataSource,
            eipCreateParam: UpdateDataCacheRequestEipCreateParam,
            eipInstanceId: 'string',
            name: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            retentionDays: 'number',
            securityGroupId: 'string',
            size: 'number',
            tag: { 'type': 'array', 'itemType': UpdateDataCacheRequestTag },
            vSwitchId: 'string',
        };
    }
}
exports.UpdateDataCacheRequest = UpdateDataCacheRequest;
class UpdateDataCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.UpdateDataCacheResponseBody = UpdateDataCacheResponseBody;
class UpdateDataCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: UpdateDataCacheResponseBody,
        };
    }
}
exports.UpdateDataCacheResponse = UpdateDataCacheResponse;
class UpdateImageCacheRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            acrRegistryInfo: 'AcrRegistryInfo',
            autoMatchImageCache: 'AutoMatchImageCache',
            clientToken: 'ClientToken',
            eipInstanceId: 'EipInstanceId',
            eliminationStrategy: 'EliminationStrategy',
            flash: 'Flash',
            flashCopyCount: 'FlashCopyCount',
            image: 'Image',
            imageCacheId: 'ImageCacheId',
            imageCacheName: 'ImageCacheName',
            imageCacheSize: 'ImageCacheSize',
            imageRegistryCredential: 'ImageRegistryCredential',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            retentionDays: 'RetentionDays',
            securityGroupId: 'SecurityGroupId',
            standardCopyCount: 'StandardCopyCount',
            tag: 'Tag',
            vSwitchId: 'VSwitchId',
        };
    }
    static types() {
        return {
            acrRegistryInfo: { 'type': 'array', 'itemType': UpdateImageCacheRequestAcrRegistryInfo },
            autoMatchImageCache: 'boolean',
            clientToken: 'string',
            eipInstanceId: 'string',
            eliminationStrategy: 'string',
            flash: 'boolean',
            flashCopyCount: 'number',
            image: { 'type': 'array', 'itemType': 'string' },
            imageCacheId: 'string',
            imageCacheName: 'string',
            imageCacheSize: 'number',
            imageRegistryCredential: { 'type': 'array', 'itemType': UpdateImageCacheRequestImageRegistryCredential },
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceGroupId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            retentionDays: 'number',
            securityGroupId: 'string',
            standardCopyCount: 'number',
            tag: { 'type': 'array', 'itemType': UpdateImageCacheRequestTag },
            vSwitchId: 'string',
        };
    }
}
exports.UpdateImageCacheRequest = UpdateImageCacheRequest;
class UpdateImageCacheResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.UpdateImageCacheResponseBody = UpdateImageCacheResponseBody;
class UpdateImageCacheResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: UpdateImageCacheResponseBody,
        };
    }
}
exports.UpdateImageCacheResponse = UpdateImageCacheResponse;
class UpdateVirtualNodeRequest extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            clientToken: 'ClientToken',
            clusterDNS: 'ClusterDNS',
            clusterDomain: 'ClusterDomain',
            customResources: 'CustomResources',
            ownerAccount: 'OwnerAccount',
            ownerId: 'OwnerId',
            regionId: 'RegionId',
            resourceOwnerAccount: 'ResourceOwnerAccount',
            resourceOwnerId: 'ResourceOwnerId',
            tag: 'Tag',
            virtualNodeId: 'VirtualNodeId',
            virtualNodeName: 'VirtualNodeName',
        };
    }
    static types() {
        return {
            clientToken: 'string',
            clusterDNS: 'string',
            clusterDomain: 'string',
            customResources: 'string',
            ownerAccount: 'string',
            ownerId: 'number',
            regionId: 'string',
            resourceOwnerAccount: 'string',
            resourceOwnerId: 'number',
            tag: { 'type': 'array', 'itemType': UpdateVirtualNodeRequestTag },
            virtualNodeId: 'string',
            virtualNodeName: 'string',
        };
    }
}
exports.UpdateVirtualNodeRequest = UpdateVirtualNodeRequest;
class UpdateVirtualNodeResponseBody extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            requestId: 'RequestId',
        };
    }
    static types() {
        return {
            requestId: 'string',
        };
    }
}
exports.UpdateVirtualNodeResponseBody = UpdateVirtualNodeResponseBody;
class UpdateVirtualNodeResponse extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            headers: 'headers',
            statusCode: 'statusCode',
            body: 'body',
        };
    }
    static types() {
        return {
            headers: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            statusCode: 'number',
            body: UpdateVirtualNodeResponseBody,
        };
    }
}
exports.UpdateVirtualNodeResponse = UpdateVirtualNodeResponse;
class CommitContainerRequestAcrRegistryInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            arnService: 'ArnService',
            arnUser: 'ArnUser',
            instanceId: 'InstanceId',
            regionId: 'RegionId',
        };
    }
    static types() {
        return {
            arnService: 'string',
            arnUser: 'string',
            instanceId: 'string',
            regionId: 'string',
        };
    }
}
exports.CommitContainerRequestAcrRegistryInfo = CommitContainerRequestAcrRegistryInfo;
class CommitContainerRequestArn extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            roleArn: 'RoleArn',
            roleType: 'RoleType',
        };
    }
    static types() {
        return {
            roleArn: 'string',
            roleType: 'string',
        };
    }
}
exports.CommitContainerRequestArn = CommitContainerRequestArn;
class CommitContainerRequestImage extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            author: 'Author',
            message: 'Message',
            repository: 'Repository',
            tag: 'Tag',
        };
    }
    static types() {
        return {
            author: 'string',
            message: 'string',
            repository: 'string',
            tag: 'string',
        };
    }
}
exports.CommitContainerRequestImage = CommitContainerRequestImage;
class CopyDataCacheRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.CopyDataCacheRequestTag = CopyDataCacheRequestTag;
class CreateContainerGroupRequestDnsConfigOption extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestDnsConfigOption = CreateContainerGroupRequestDnsConfigOption;
class CreateContainerGroupRequestDnsConfig extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            nameServer: 'NameServer',
            option: 'Option',
            search: 'Search',
        };
    }
    static types() {
        return {
            nameServer: { 'type': 'array', 'itemType': 'string' },
            option: { 'type': 'array', 'itemType': CreateContainerGroupRequestDnsConfigOption },
            search: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.CreateContainerGroupRequestDnsConfig = CreateContainerGroupRequestDnsConfig;
class CreateContainerGroupRequestHostSecurityContextSysctl extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestHostSecurityContextSysctl = CreateContainerGroupRequestHostSecurityContextSysctl;
class CreateContainerGroupRequestHostSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            sysctl: 'Sysctl',
        };
    }
    static types() {
        return {
            sysctl: { 'type': 'array', 'itemType': CreateContainerGroupRequestHostSecurityContextSysctl },
        };
    }
}
exports.CreateContainerGroupRequestHostSecurityContext = CreateContainerGroupRequestHostSecurityContext;
class CreateContainerGroupRequestSecurityContextSysctl extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestSecurityContextSysctl = CreateContainerGroupRequestSecurityContextSysctl;
class CreateContainerGroupRequestSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            sysctl: 'Sysctl',
        };
    }
    static types() {
        return {
            sysctl: { 'type': 'array', 'itemType': CreateContainerGroupRequestSecurityContextSysctl },
        };
    }
}
exports.CreateContainerGroupRequestSecurityContext = CreateContainerGroupRequestSecurityContext;
class CreateContainerGroupRequestAcrRegistryInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            arnService: 'ArnService',
            arnUser: 'ArnUser',
            domain: 'Domain',
            instanceId: 'InstanceId',
            instanceName: 'InstanceName',
            regionId: 'RegionId',
        };
    }
    static types() {
        return {
            arnService: 'string',
            arnUser: 'string',
            domain: { 'type': 'array', 'itemType': 'string' },
            instanceId: 'string',
            instanceName: 'string',
            regionId: 'string',
        };
    }
}
exports.CreateContainerGroupRequestAcrRegistryInfo = CreateContainerGroupRequestAcrRegistryInfo;
class CreateContainerGroupRequestContainerLivenessProbeExec extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            command: 'Command',
        };
    }
    static types() {
        return {
            command: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.CreateContainerGroupRequestContainerLivenessProbeExec = CreateContainerGroupRequestContainerLivenessProbeExec;
class CreateContainerGroupRequestContainerLivenessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerLivenessProbeHttpGet = CreateContainerGroupRequestContainerLivenessProbeHttpGet;
class CreateContainerGroupRequestContainerLivenessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
        };
    }
    static types() {
        return {
            port: 'number',
        };
    }
}
exports.CreateContainerGroupRequestContainerLivenessProbeTcpSocket = CreateContainerGroupRequestContainerLivenessProbeTcpSocket;
class CreateContainerGroupRequestContainerLivenessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            exec: 'Exec',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            exec: CreateContainerGroupRequestContainerLivenessProbeExec,
            failureThreshold: 'number',
            httpGet: CreateContainerGroupRequestContainerLivenessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: CreateContainerGroupRequestContainerLivenessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.CreateContainerGroupRequestContainerLivenessProbe = CreateContainerGroupRequestContainerLivenessProbe;
class CreateContainerGroupRequestContainerReadinessProbeExec extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            command: 'Command',
        };
    }
    static types() {
        return {
            command: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.CreateContainerGroupRequestContainerReadinessProbeExec = CreateContainerGroupRequestContainerReadinessProbeExec;
class CreateContainerGroupRequestContainerReadinessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerReadinessProbeHttpGet = CreateContainerGroupRequestContainerReadinessProbeHttpGet;
class CreateContainerGroupRequestContainerReadinessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
        };
    }
    static types() {
        return {
            port: 'number',
        };
    }
}
exports.CreateContainerGroupRequestContainerReadinessProbeTcpSocket = CreateContainerGroupRequestContainerReadinessProbeTcpSocket;
class CreateContainerGroupRequestContainerReadinessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            exec: 'Exec',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            exec: CreateContainerGroupRequestContainerReadinessProbeExec,
            failureThreshold: 'number',
            httpGet: CreateContainerGroupRequestContainerReadinessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: CreateContainerGroupRequestContainerReadinessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.CreateContainerGroupRequestContainerReadinessProbe = CreateContainerGroupRequestContainerReadinessProbe;
class CreateContainerGroupRequestContainerSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            add: 'Add',
        };
    }
    static types() {
        return {
            add: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.CreateContainerGroupRequestContainerSecurityContextCapability = CreateContainerGroupRequestContainerSecurityContextCapability;
class CreateContainerGroupRequestContainerSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: CreateContainerGroupRequestContainerSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.CreateContainerGroupRequestContainerSecurityContext = CreateContainerGroupRequestContainerSecurityContext;
class CreateContainerGroupRequestContainerEnvironmentVarFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerEnvironmentVarFieldRef = CreateContainerGroupRequestContainerEnvironmentVarFieldRef;
class CreateContainerGroupRequestContainerEnvironmentVar extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            fieldRef: CreateContainerGroupRequestContainerEnvironmentVarFieldRef,
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerEnvironmentVar = CreateContainerGroupRequestContainerEnvironmentVar;
class CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader = CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader;
class CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader = CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader;
class CreateContainerGroupRequestContainerPort extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerPort = CreateContainerGroupRequestContainerPort;
class CreateContainerGroupRequestContainerVolumeMount extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
            subPath: 'SubPath',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
            subPath: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainerVolumeMount = CreateContainerGroupRequestContainerVolumeMount;
class CreateContainerGroupRequestContainer extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            livenessProbe: 'LivenessProbe',
            readinessProbe: 'ReadinessProbe',
            securityContext: 'SecurityContext',
            arg: 'Arg',
            command: 'Command',
            cpu: 'Cpu',
            environmentVar: 'EnvironmentVar',
            environmentVarHide: 'EnvironmentVarHide',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            lifecyclePostStartHandlerExec: 'LifecyclePostStartHandlerExec',
            lifecyclePostStartHandlerHttpGetHost: 'LifecyclePostStartHandlerHttpGetHost',
            lifecyclePostStartHandlerHttpGetHttpHeader: 'LifecyclePostStartHandlerHttpGetHttpHeader',
            lifecyclePostStartHandlerHttpGetPath: 'LifecyclePostStartHandlerHttpGetPath',
            lifecyclePostStartHandlerHttpGetPort: 'LifecyclePostStartHandlerHttpGetPort',
            lifecyclePostStartHandlerHttpGetScheme: 'LifecyclePostStartHandlerHttpGetScheme',
            lifecyclePostStartHandlerTcpSocketHost: 'LifecyclePostStartHandlerTcpSocketHost',
            lifecyclePostStartHandlerTcpSocketPort: 'LifecyclePostStartHandlerTcpSocketPort',
            lifecyclePreStopHandlerExec: 'LifecyclePreStopHandlerExec',
            lifecyclePreStopHandlerHttpGetHost: 'LifecyclePreStopHandlerHttpGetHost',
            lifecyclePreStopHandlerHttpGetHttpHeader: 'LifecyclePreStopHandlerHttpGetHttpHeader',
            lifecyclePreStopHandlerHttpGetPath: 'LifecyclePreStopHandlerHttpGetPath',
            lifecyclePreStopHandlerHttpGetPort: 'LifecyclePreStopHandlerHttpGetPort',
            lifecyclePreStopHandlerHttpGetScheme: 'LifecyclePreStopHandlerHttpGetScheme',
            lifecyclePreStopHandlerTcpSocketHost: 'LifecyclePreStopHandlerTcpSocketHost',
            lifecyclePreStopHandlerTcpSocketPort: 'LifecyclePreStopHandlerTcpSocketPort',
            memory: 'Memory',
            name: 'Name',
            port: 'Port',
            securityContextRunAsGroup: 'SecurityContextRunAsGroup',
            securityContextRunAsNonRoot: 'SecurityContextRunAsNonRoot',
            stdin: 'Stdin',
            stdinOnce: 'StdinOnce',
            terminationMessagePath: 'TerminationMessagePath',
            terminationMessagePolicy: 'TerminationMessagePolicy',
            tty: 'Tty',
            volumeMount: 'VolumeMount',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            livenessProbe: CreateContainerGroupRequestContainerLivenessProbe,
            readinessProbe: CreateContainerGroupRequestContainerReadinessProbe,
            securityContext: CreateContainerGroupRequestContainerSecurityContext,
            arg: { 'type': 'array', 'itemType': 'string' },
            command: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            environmentVar: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainerEnvironmentVar },
            environmentVarHide: 'boolean',
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            lifecyclePostStartHandlerExec: { 'type': 'array', 'itemType': 'string' },
            lifecyclePostStartHandlerHttpGetHost: 'string',
            lifecyclePostStartHandlerHttpGetHttpHeader: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeader },
            lifecyclePostStartHandlerHttpGetPath: 'string',
            lifecyclePostStartHandlerHttpGetPort: 'number',
            lifecyclePostStartHandlerHttpGetScheme: 'string',
            lifecyclePostStartHandlerTcpSocketHost: 'string',
            lifecyclePostStartHandlerTcpSocketPort: 'number',
            lifecyclePreStopHandlerExec: { 'type': 'array', 'itemType': 'string' },
            lifecyclePreStopHandlerHttpGetHost: 'string',
            lifecyclePreStopHandlerHttpGetHttpHeader: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader },
            lifecyclePreStopHandlerHttpGetPath: 'string',
            lifecyclePreStopHandlerHttpGetPort: 'number',
            lifecyclePreStopHandlerHttpGetScheme: 'string',
            lifecyclePreStopHandlerTcpSocketHost: 'string',
            lifecyclePreStopHandlerTcpSocketPort: 'number',
            memory: 'number',
            name: 'string',
            port: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainerPort },
            securityContextRunAsGroup: 'number',
            securityContextRunAsNonRoot: 'boolean',
            stdin: 'boolean',
            stdinOnce: 'boolean',
            terminationMessagePath: 'string',
            terminationMessagePolicy: 'string',
            tty: 'boolean',
            volumeMount: { 'type': 'array', 'itemType': CreateContainerGroupRequestContainerVolumeMount },
            workingDir: 'string',
        };
    }
}
exports.CreateContainerGroupRequestContainer = CreateContainerGroupRequestContainer;
class CreateContainerGroupRequestHostAliase extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            hostname: 'Hostname',
            ip: 'Ip',
        };
    }
    static types() {
        return {
            hostname: { 'type': 'array', 'itemType': 'string' },
            ip: 'string',
        };
    }
}
exports.CreateContainerGroupRequestHostAliase = CreateContainerGroupRequestHostAliase;
class CreateContainerGroupRequestImageRegistryCredential extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            password: 'Password',
            server: 'Server',
            userName: 'UserName',
        };
    }
    static types() {
        return {
            password: 'string',
            server: 'string',
            userName: 'string',
        };
    }
}
exports.CreateContainerGroupRequestImageRegistryCredential = CreateContainerGroupRequestImageRegistryCredential;
class CreateContainerGroupRequestInitContainerSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            add: 'Add',
        };
    }
    static types() {
        return {
            add: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.CreateContainerGroupRequestInitContainerSecurityContextCapability = CreateContainerGroupRequestInitContainerSecurityContextCapability;
class CreateContainerGroupRequestInitContainerSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: CreateContainerGroupRequestInitContainerSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.CreateContainerGroupRequestInitContainerSecurityContext = CreateContainerGroupRequestInitContainerSecurityContext;
class CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef = CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef;
class CreateContainerGroupRequestInitContainerEnvironmentVar extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            fieldRef: CreateContainerGroupRequestInitContainerEnvironmentVarFieldRef,
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestInitContainerEnvironmentVar = CreateContainerGroupRequestInitContainerEnvironmentVar;
class CreateContainerGroupRequestInitContainerPort extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.CreateContainerGroupRequestInitContainerPort = CreateContainerGroupRequestInitContainerPort;
class CreateContainerGroupRequestInitContainerVolumeMount extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
            subPath: 'SubPath',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
            subPath: 'string',
        };
    }
}
exports.CreateContainerGroupRequestInitContainerVolumeMount = CreateContainerGroupRequestInitContainerVolumeMount;
class CreateContainerGroupRequestInitContainer extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            securityContext: 'SecurityContext',
            arg: 'Arg',
            command: 'Command',
            cpu: 'Cpu',
            environmentVar: 'EnvironmentVar',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            memory: 'Memory',
            name: 'Name',
            port: 'Port',
            terminationMessagePath: 'TerminationMessagePath',
            terminationMessagePolicy: 'TerminationMessagePolicy',
            volumeMount: 'VolumeMount',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            securityContext: CreateContainerGroupRequestInitContainerSecurityContext,
            arg: { 'type': 'array', 'itemType': 'string' },
            command: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            environmentVar: { 'type': 'array', 'itemType': CreateContainerGroupRequestInitContainerEnvironmentVar },
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            memory: 'number',
            name: 'string',
            port: { 'type': 'array', 'itemType': CreateContainerGroupRequestInitContainerPort },
            terminationMessagePath: 'string',
            terminationMessagePolicy: 'string',
            volumeMount: { 'type': 'array', 'itemType': CreateContainerGroupRequestInitContainerVolumeMount },
            workingDir: 'string',
        };
    }
}
exports.CreateContainerGroupRequestInitContainer = CreateContainerGroupRequestInitContainer;
class CreateContainerGroupRequestOverheadReservationOption extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            enableOverheadReservation: 'EnableOverheadReservation',
        };
    }
    static types() {
        return {
            enableOverheadReservation: 'boolean',
        };
    }
}
exports.CreateContainerGroupRequestOverheadReservationOption = CreateContainerGroupRequestOverheadReservationOption;
class CreateContainerGroupRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateContainerGroupRequestTag = CreateContainerGroupRequestTag;
class CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            content: 'Content',
            mode: 'Mode',
            path: 'Path',
        };
    }
    static types() {
        return {
            content: 'string',
            mode: 'number',
            path: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath = CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath;
class CreateContainerGroupRequestVolumeConfigFileVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            configFileToPath: 'ConfigFileToPath',
            defaultMode: 'DefaultMode',
        };
    }
    static types() {
        return {
            configFileToPath: { 'type': 'array', 'itemType': CreateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath },
            defaultMode: 'number',
        };
    }
}
exports.CreateContainerGroupRequestVolumeConfigFileVolume = CreateContainerGroupRequestVolumeConfigFileVolume;
class CreateContainerGroupRequestVolumeDiskVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            diskId: 'DiskId',
            diskSize: 'DiskSize',
            fsType: 'FsType',
        };
    }
    static types() {
        return {
            diskId: 'string',
            diskSize: 'number',
            fsType: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeDiskVolume = CreateContainerGroupRequestVolumeDiskVolume;
class CreateContainerGroupRequestVolumeEmptyDirVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            medium: 'Medium',
            sizeLimit: 'SizeLimit',
        };
    }
    static types() {
        return {
            medium: 'string',
            sizeLimit: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeEmptyDirVolume = CreateContainerGroupRequestVolumeEmptyDirVolume;
class CreateContainerGroupRequestVolumeFlexVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            driver: 'Driver',
            fsType: 'FsType',
            options: 'Options',
        };
    }
    static types() {
        return {
            driver: 'string',
            fsType: 'string',
            options: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeFlexVolume = CreateContainerGroupRequestVolumeFlexVolume;
class CreateContainerGroupRequestVolumeHostPathVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            type: 'Type',
        };
    }
    static types() {
        return {
            path: 'string',
            type: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeHostPathVolume = CreateContainerGroupRequestVolumeHostPathVolume;
class CreateContainerGroupRequestVolumeNFSVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            readOnly: 'ReadOnly',
            server: 'Server',
        };
    }
    static types() {
        return {
            path: 'string',
            readOnly: 'boolean',
            server: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolumeNFSVolume = CreateContainerGroupRequestVolumeNFSVolume;
class CreateContainerGroupRequestVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            configFileVolume: 'ConfigFileVolume',
            diskVolume: 'DiskVolume',
            emptyDirVolume: 'EmptyDirVolume',
            flexVolume: 'FlexVolume',
            hostPathVolume: 'HostPathVolume',
            NFSVolume: 'NFSVolume',
            name: 'Name',
            type: 'Type',
        };
    }
    static types() {
        return {
            configFileVolume: CreateContainerGroupRequestVolumeConfigFileVolume,
            diskVolume: CreateContainerGroupRequestVolumeDiskVolume,
            emptyDirVolume: CreateContainerGroupRequestVolumeEmptyDirVolume,
            flexVolume: CreateContainerGroupRequestVolumeFlexVolume,
            hostPathVolume: CreateContainerGroupRequestVolumeHostPathVolume,
            NFSVolume: CreateContainerGroupRequestVolumeNFSVolume,
            name: 'string',
            type: 'string',
        };
    }
}
exports.CreateContainerGroupRequestVolume = CreateContainerGroupRequestVolume;
class CreateDataCacheRequestDataSource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            options: 'Options',
            type: 'Type',
        };
    }
    static types() {
        return {
            options: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            type: 'string',
        };
    }
}
exports.CreateDataCacheRequestDataSource = CreateDataCacheRequestDataSource;
class CreateDataCacheRequestEipCreateParam extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bandwidth: 'Bandwidth',
            commonBandwidthPackage: 'CommonBandwidthPackage',
            ISP: 'ISP',
            internetChargeType: 'InternetChargeType',
            publicIpAddressPoolId: 'PublicIpAddressPoolId',
        };
    }
    static types() {
        return {
            bandwidth: 'number',
            commonBandwidthPackage: 'string',
            ISP: 'string',
            internetChargeType: 'string',
            publicIpAddressPoolId: 'string',
        };
    }
}
exports.CreateDataCacheRequestEipCreateParam = CreateDataCacheRequestEipCreateParam;
class CreateDataCacheRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateDataCacheRequestTag = CreateDataCacheRequestTag;
class CreateImageCacheRequestAcrRegistryInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            arnService: 'ArnService',
            arnUser: 'ArnUser',
            domain: 'Domain',
            instanceId: 'InstanceId',
            instanceName: 'InstanceName',
            regionId: 'RegionId',
        };
    }
    static types() {
        return {
            arnService: 'string',
            arnUser: 'string',
            domain: { 'type': 'array', 'itemType': 'string' },
            instanceId: 'string',
            instanceName: 'string',
            regionId: 'string',
        };
    }
}
exports.CreateImageCacheRequestAcrRegistryInfo = CreateImageCacheRequestAcrRegistryInfo;
class CreateImageCacheRequestImageRegistryCredential extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            password: 'Password',
            server: 'Server',
            userName: 'UserName',
        };
    }
    static types() {
        return {
            password: 'string',
            server: 'string',
            userName: 'string',
        };
    }
}
exports.CreateImageCacheRequestImageRegistryCredential = CreateImageCacheRequestImageRegistryCredential;
class CreateImageCacheRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateImageCacheRequestTag = CreateImageCacheRequestTag;
class CreateVirtualNodeRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateVirtualNodeRequestTag = CreateVirtualNodeRequestTag;
class CreateVirtualNodeRequestTaint extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            effect: 'Effect',
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            effect: 'string',
            key: 'string',
            value: 'string',
        };
    }
}
exports.CreateVirtualNodeRequestTaint = CreateVirtualNodeRequestTaint;
class DescribeAvailableResourceRequestDestinationResource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            category: 'Category',
            cores: 'Cores',
            memory: 'Memory',
            value: 'Value',
        };
    }
    static types() {
        return {
            category: 'string',
            cores: 'number',
            memory: 'number',
            value: 'string',
        };
    }
}
exports.DescribeAvailableResourceRequestDestinationResource = DescribeAvailableResourceRequestDestinationResource;
class DescribeAvailableResourceRequestSpotResource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            spotDuration: 'SpotDuration',
            spotPriceLimit: 'SpotPriceLimit',
            spotStrategy: 'SpotStrategy',
        };
    }
    static types() {
        return {
            spotDuration: 'number',
            spotPriceLimit: 'number',
            spotStrategy: 'string',
        };
    }
}
exports.DescribeAvailableResourceRequestSpotResource = DescribeAvailableResourceRequestSpotResource;
class DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResourcesSupportedResource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            statusCategory: 'StatusCategory',
            value: 'Value',
        };
    }
    static types() {
        return {
            statusCategory: 'string',
            value: 'string',
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResourcesSupportedResource = DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResourcesSupportedResource;
class DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResources extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            supportedResource: 'SupportedResource',
        };
    }
    static types() {
        return {
            supportedResource: { 'type': 'array', 'itemType': DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResourcesSupportedResource },
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResources = DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResources;
class DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            supportedResources: 'SupportedResources',
            type: 'Type',
        };
    }
    static types() {
        return {
            supportedResources: DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceSupportedResources,
            type: 'string',
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResource = DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResource;
class DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResources extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableResource: 'AvailableResource',
        };
    }
    static types() {
        return {
            availableResource: { 'type': 'array', 'itemType': DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResource },
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResources = DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResources;
class DescribeAvailableResourceResponseBodyAvailableZonesAvailableZone extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableResources: 'AvailableResources',
            regionId: 'RegionId',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            availableResources: DescribeAvailableResourceResponseBodyAvailableZonesAvailableZoneAvailableResources,
            regionId: 'string',
            zoneId: 'string',
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZonesAvailableZone = DescribeAvailableResourceResponseBodyAvailableZonesAvailableZone;
class DescribeAvailableResourceResponseBodyAvailableZones extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableZone: 'AvailableZone',
        };
    }
    static types() {
        return {
            availableZone: { 'type': 'array', 'itemType': DescribeAvailableResourceResponseBodyAvailableZonesAvailableZone },
        };
    }
}
exports.DescribeAvailableResourceResponseBodyAvailableZones = DescribeAvailableResourceResponseBodyAvailableZones;
class DescribeCommitContainerTaskResponseBodyCommitTasksCommitPhaseInfos extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            message: 'Message',
            phase: 'Phase',
            recordTime: 'RecordTime',
            status: 'Status',
        };
    }
    static types() {
        return {
            message: 'string',
            phase: 'string',
            recordTime: 'string',
            status: 'string',
        };
    }
}
exports.DescribeCommitContainerTaskResponseBodyCommitTasksCommitPhaseInfos = DescribeCommitContainerTaskResponseBodyCommitTasksCommitPhaseInfos;
class DescribeCommitContainerTaskResponseBodyCommitTasks extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            commitPhaseInfos: 'CommitPhaseInfos',
            containerName: 'ContainerName',
            statusMessage: 'StatusMessage',
            taskCreationTime: 'TaskCreationTime',
            taskFinishedTime: 'TaskFinishedTime',
            taskId: 'TaskId',
            taskProgress: 'TaskProgress',
            taskStatus: 'TaskStatus',
        };
    }
    static types() {
        return {
            commitPhaseInfos: { 'type': 'array', 'itemType': DescribeCommitContainerTaskResponseBodyCommitTasksCommitPhaseInfos },
            containerName: 'string',
            statusMessage: 'string',
            taskCreationTime: 'string',
            taskFinishedTime: 'string',
            taskId: 'string',
            taskProgress: 'string',
            taskStatus: 'string',
        };
    }
}
exports.DescribeCommitContainerTaskResponseBodyCommitTasks = DescribeCommitContainerTaskResponseBodyCommitTasks;
class DescribeContainerGroupEventsRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsRequestTag = DescribeContainerGroupEventsRequestTag;
class DescribeContainerGroupEventsResponseBodyDataEventsMetadata extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            namespace: 'Namespace',
        };
    }
    static types() {
        return {
            name: 'string',
            namespace: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsResponseBodyDataEventsMetadata = DescribeContainerGroupEventsResponseBodyDataEventsMetadata;
class DescribeContainerGroupEventsResponseBodyDataEventsSource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            component: 'Component',
            host: 'Host',
        };
    }
    static types() {
        return {
            component: 'string',
            host: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsResponseBodyDataEventsSource = DescribeContainerGroupEventsResponseBodyDataEventsSource;
class DescribeContainerGroupEventsResponseBodyDataEventsInvolvedObject extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            apiVersion: 'ApiVersion',
            kind: 'Kind',
            name: 'Name',
            namespace: 'Namespace',
            uid: 'Uid',
        };
    }
    static types() {
        return {
            apiVersion: 'string',
            kind: 'string',
            name: 'string',
            namespace: 'string',
            uid: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsResponseBodyDataEventsInvolvedObject = DescribeContainerGroupEventsResponseBodyDataEventsInvolvedObject;
class DescribeContainerGroupEventsResponseBodyDataEvents extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            count: 'Count',
            firstTimestamp: 'FirstTimestamp',
            lastTimestamp: 'LastTimestamp',
            message: 'Message',
            metadata: 'Metadata',
            reason: 'Reason',
            reportingComponent: 'ReportingComponent',
            reportingInstance: 'ReportingInstance',
            source: 'Source',
            type: 'Type',
            involvedObject: 'involvedObject',
        };
    }
    static types() {
        return {
            count: 'number',
            firstTimestamp: 'string',
            lastTimestamp: 'string',
            message: 'string',
            metadata: DescribeContainerGroupEventsResponseBodyDataEventsMetadata,
            reason: 'string',
            reportingComponent: 'string',
            reportingInstance: 'string',
            source: DescribeContainerGroupEventsResponseBodyDataEventsSource,
            type: 'string',
            involvedObject: DescribeContainerGroupEventsResponseBodyDataEventsInvolvedObject,
        };
    }
}
exports.DescribeContainerGroupEventsResponseBodyDataEvents = DescribeContainerGroupEventsResponseBodyDataEvents;
class DescribeContainerGroupEventsResponseBodyData extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            annotations: 'Annotations',
            containerGroupId: 'ContainerGroupId',
            events: 'Events',
            name: 'Name',
            namespace: 'Namespace',
            uuid: 'uuid',
        };
    }
    static types() {
        return {
            annotations: 'string',
            containerGroupId: 'string',
            events: { 'type': 'array', 'itemType': DescribeContainerGroupEventsResponseBodyDataEvents },
            name: 'string',
            namespace: 'string',
            uuid: 'string',
        };
    }
}
exports.DescribeContainerGroupEventsResponseBodyData = DescribeContainerGroupEventsResponseBodyData;
class DescribeContainerGroupMetricResponseBodyRecordsCPU extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            limit: 'Limit',
            load: 'Load',
            usageCoreNanoSeconds: 'UsageCoreNanoSeconds',
            usageNanoCores: 'UsageNanoCores',
        };
    }
    static types() {
        return {
            limit: 'number',
            load: 'number',
            usageCoreNanoSeconds: 'number',
            usageNanoCores: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsCPU = DescribeContainerGroupMetricResponseBodyRecordsCPU;
class DescribeContainerGroupMetricResponseBodyRecordsContainersCPU extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            limit: 'Limit',
            load: 'Load',
            usageCoreNanoSeconds: 'UsageCoreNanoSeconds',
            usageNanoCores: 'UsageNanoCores',
        };
    }
    static types() {
        return {
            limit: 'number',
            load: 'number',
            usageCoreNanoSeconds: 'number',
            usageNanoCores: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsContainersCPU = DescribeContainerGroupMetricResponseBodyRecordsContainersCPU;
class DescribeContainerGroupMetricResponseBodyRecordsContainersMemory extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableBytes: 'AvailableBytes',
            cache: 'Cache',
            rss: 'Rss',
            usageBytes: 'UsageBytes',
            workingSet: 'WorkingSet',
        };
    }
    static types() {
        return {
            availableBytes: 'number',
            cache: 'number',
            rss: 'number',
            usageBytes: 'number',
            workingSet: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsContainersMemory = DescribeContainerGroupMetricResponseBodyRecordsContainersMemory;
class DescribeContainerGroupMetricResponseBodyRecordsContainers extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            CPU: 'CPU',
            memory: 'Memory',
            name: 'Name',
        };
    }
    static types() {
        return {
            CPU: DescribeContainerGroupMetricResponseBodyRecordsContainersCPU,
            memory: DescribeContainerGroupMetricResponseBodyRecordsContainersMemory,
            name: 'string',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsContainers = DescribeContainerGroupMetricResponseBodyRecordsContainers;
class DescribeContainerGroupMetricResponseBodyRecordsDisk extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            device: 'Device',
            readBytes: 'ReadBytes',
            readIO: 'ReadIO',
            writeBytes: 'WriteBytes',
            writeIO: 'WriteIO',
        };
    }
    static types() {
        return {
            device: 'string',
            readBytes: 'number',
            readIO: 'number',
            writeBytes: 'number',
            writeIO: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsDisk = DescribeContainerGroupMetricResponseBodyRecordsDisk;
class DescribeContainerGroupMetricResponseBodyRecordsFilesystem extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            available: 'Available',
            capacity: 'Capacity',
            category: 'Category',
            fsName: 'FsName',
            usage: 'Usage',
        };
    }
    static types() {
        return {
            available: 'number',
            capacity: 'number',
            category: 'string',
            fsName: 'string',
            usage: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsFilesystem = DescribeContainerGroupMetricResponseBodyRecordsFilesystem;
class DescribeContainerGroupMetricResponseBodyRecordsMemory extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableBytes: 'AvailableBytes',
            cache: 'Cache',
            rss: 'Rss',
            usageBytes: 'UsageBytes',
            workingSet: 'WorkingSet',
        };
    }
    static types() {
        return {
            availableBytes: 'number',
            cache: 'number',
            rss: 'number',
            usageBytes: 'number',
            workingSet: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsMemory = DescribeContainerGroupMetricResponseBodyRecordsMemory;
class DescribeContainerGroupMetricResponseBodyRecordsNetworkInterfaces extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            rxBytes: 'RxBytes',
            rxDrops: 'RxDrops',
            rxErrors: 'RxErrors',
            rxPackets: 'RxPackets',
            txBytes: 'TxBytes',
            txDrops: 'TxDrops',
            txErrors: 'TxErrors',
            txPackets: 'TxPackets',
        };
    }
    static types() {
        return {
            name: 'string',
            rxBytes: 'number',
            rxDrops: 'number',
            rxErrors: 'number',
            rxPackets: 'number',
            txBytes: 'number',
            txDrops: 'number',
            txErrors: 'number',
            txPackets: 'number',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsNetworkInterfaces = DescribeContainerGroupMetricResponseBodyRecordsNetworkInterfaces;
class DescribeContainerGroupMetricResponseBodyRecordsNetwork extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            interfaces: 'Interfaces',
        };
    }
    static types() {
        return {
            interfaces: { 'type': 'array', 'itemType': DescribeContainerGroupMetricResponseBodyRecordsNetworkInterfaces },
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecordsNetwork = DescribeContainerGroupMetricResponseBodyRecordsNetwork;
class DescribeContainerGroupMetricResponseBodyRecords extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            CPU: 'CPU',
            containers: 'Containers',
            disk: 'Disk',
            filesystem: 'Filesystem',
            memory: 'Memory',
            network: 'Network',
            timestamp: 'Timestamp',
        };
    }
    static types() {
        return {
            CPU: DescribeContainerGroupMetricResponseBodyRecordsCPU,
            containers: { 'type': 'array', 'itemType': DescribeContainerGroupMetricResponseBodyRecordsContainers },
            disk: { 'type': 'array', 'itemType': DescribeContainerGroupMetricResponseBodyRecordsDisk },
            filesystem: { 'type': 'array', 'itemType': DescribeContainerGroupMetricResponseBodyRecordsFilesystem },
            memory: DescribeContainerGroupMetricResponseBodyRecordsMemory,
            network: DescribeContainerGroupMetricResponseBodyRecordsNetwork,
            timestamp: 'string',
        };
    }
}
exports.DescribeContainerGroupMetricResponseBodyRecords = DescribeContainerGroupMetricResponseBodyRecords;
class DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRulesRule extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            description: 'Description',
            ruleId: 'RuleId',
        };
    }
    static types() {
        return {
            description: 'string',
            ruleId: 'number',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRulesRule = DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRulesRule;
class DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRules extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            rule: 'Rule',
        };
    }
    static types() {
        return {
            rule: { 'type': 'array', 'itemType': DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRulesRule },
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRules = DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRules;
class DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            discountPrice: 'DiscountPrice',
            originalPrice: 'OriginalPrice',
            resource: 'Resource',
            rules: 'Rules',
            tradePrice: 'TradePrice',
        };
    }
    static types() {
        return {
            discountPrice: 'number',
            originalPrice: 'number',
            resource: 'string',
            rules: DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfoRules,
            tradePrice: 'number',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfo = DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfo;
class DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfos extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            detailInfo: 'DetailInfo',
        };
    }
    static types() {
        return {
            detailInfo: { 'type': 'array', 'itemType': DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfosDetailInfo },
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfos = DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfos;
class DescribeContainerGroupPriceResponseBodyPriceInfoPrice extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            currency: 'Currency',
            detailInfos: 'DetailInfos',
            discountPrice: 'DiscountPrice',
            originalPrice: 'OriginalPrice',
            tradePrice: 'TradePrice',
        };
    }
    static types() {
        return {
            currency: 'string',
            detailInfos: DescribeContainerGroupPriceResponseBodyPriceInfoPriceDetailInfos,
            discountPrice: 'number',
            originalPrice: 'number',
            tradePrice: 'number',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoPrice = DescribeContainerGroupPriceResponseBodyPriceInfoPrice;
class DescribeContainerGroupPriceResponseBodyPriceInfoRulesRule extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            description: 'Description',
            ruleId: 'RuleId',
        };
    }
    static types() {
        return {
            description: 'string',
            ruleId: 'number',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoRulesRule = DescribeContainerGroupPriceResponseBodyPriceInfoRulesRule;
class DescribeContainerGroupPriceResponseBodyPriceInfoRules extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            rule: 'Rule',
        };
    }
    static types() {
        return {
            rule: { 'type': 'array', 'itemType': DescribeContainerGroupPriceResponseBodyPriceInfoRulesRule },
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoRules = DescribeContainerGroupPriceResponseBodyPriceInfoRules;
class DescribeContainerGroupPriceResponseBodyPriceInfoSpotPricesSpotPrice extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            instanceType: 'InstanceType',
            originPrice: 'OriginPrice',
            spotPrice: 'SpotPrice',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            instanceType: 'string',
            originPrice: 'number',
            spotPrice: 'number',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoSpotPricesSpotPrice = DescribeContainerGroupPriceResponseBodyPriceInfoSpotPricesSpotPrice;
class DescribeContainerGroupPriceResponseBodyPriceInfoSpotPrices extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            spotPrice: 'SpotPrice',
        };
    }
    static types() {
        return {
            spotPrice: { 'type': 'array', 'itemType': DescribeContainerGroupPriceResponseBodyPriceInfoSpotPricesSpotPrice },
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfoSpotPrices = DescribeContainerGroupPriceResponseBodyPriceInfoSpotPrices;
class DescribeContainerGroupPriceResponseBodyPriceInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            price: 'Price',
            rules: 'Rules',
            spotPrices: 'SpotPrices',
        };
    }
    static types() {
        return {
            price: DescribeContainerGroupPriceResponseBodyPriceInfoPrice,
            rules: DescribeContainerGroupPriceResponseBodyPriceInfoRules,
            spotPrices: DescribeContainerGroupPriceResponseBodyPriceInfoSpotPrices,
        };
    }
}
exports.DescribeContainerGroupPriceResponseBodyPriceInfo = DescribeContainerGroupPriceResponseBodyPriceInfo;
class DescribeContainerGroupStatusRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusRequestTag = DescribeContainerGroupStatusRequestTag;
class DescribeContainerGroupStatusResponseBodyDataPodStatusConditions extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            message: 'Message',
            reason: 'Reason',
            lastTransitionTime: 'lastTransitionTime',
            status: 'status',
            type: 'type',
        };
    }
    static types() {
        return {
            message: 'string',
            reason: 'string',
            lastTransitionTime: 'string',
            status: 'string',
            type: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusConditions = DescribeContainerGroupStatusResponseBodyDataPodStatusConditions;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateRunning extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            startedAtstartedAt: 'StartedAtstartedAt',
        };
    }
    static types() {
        return {
            startedAtstartedAt: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateRunning = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateRunning;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateTerminated extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerID: 'ContainerID',
            exitCode: 'ExitCode',
            finishedAt: 'FinishedAt',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startedAt: 'StartedAt',
        };
    }
    static types() {
        return {
            containerID: 'string',
            exitCode: 'number',
            finishedAt: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startedAt: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateTerminated = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateTerminated;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateWaiting extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            message: 'Message',
            reason: 'Reason',
        };
    }
    static types() {
        return {
            message: 'string',
            reason: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateWaiting = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateWaiting;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            running: 'Running',
            terminated: 'Terminated',
            waiting: 'Waiting',
        };
    }
    static types() {
        return {
            running: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateRunning,
            terminated: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateTerminated,
            waiting: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastStateWaiting,
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastState = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastState;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateRunning extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            startedAtstartedAt: 'StartedAtstartedAt',
        };
    }
    static types() {
        return {
            startedAtstartedAt: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateRunning = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateRunning;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateTerminated extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerID: 'ContainerID',
            exitCode: 'ExitCode',
            finishedAt: 'FinishedAt',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startedAt: 'StartedAt',
        };
    }
    static types() {
        return {
            containerID: 'string',
            exitCode: 'number',
            finishedAt: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startedAt: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateTerminated = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateTerminated;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateWaiting extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            message: 'Message',
            reason: 'Reason',
        };
    }
    static types() {
        return {
            message: 'string',
            reason: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateWaiting = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateWaiting;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            running: 'Running',
            terminated: 'Terminated',
            waiting: 'Waiting',
        };
    }
    static types() {
        return {
            running: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateRunning,
            terminated: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateTerminated,
            waiting: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesStateWaiting,
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesState = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesState;
class DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatuses extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            image: 'Image',
            imageID: 'ImageID',
            lastState: 'LastState',
            name: 'Name',
            ready: 'Ready',
            restartCount: 'RestartCount',
            started: 'Started',
            state: 'State',
        };
    }
    static types() {
        return {
            image: 'string',
            imageID: 'string',
            lastState: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesLastState,
            name: 'string',
            ready: 'boolean',
            restartCount: 'number',
            started: 'boolean',
            state: DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatusesState,
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatuses = DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatuses;
class DescribeContainerGroupStatusResponseBodyDataPodStatusPodIps extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            ip: 'Ip',
        };
    }
    static types() {
        return {
            ip: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatusPodIps = DescribeContainerGroupStatusResponseBodyDataPodStatusPodIps;
class DescribeContainerGroupStatusResponseBodyDataPodStatus extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            conditions: 'Conditions',
            containerStatuses: 'ContainerStatuses',
            hostIp: 'HostIp',
            phase: 'Phase',
            podIp: 'PodIp',
            podIps: 'PodIps',
            qosClass: 'QosClass',
            startTime: 'StartTime',
        };
    }
    static types() {
        return {
            conditions: { 'type': 'array', 'itemType': DescribeContainerGroupStatusResponseBodyDataPodStatusConditions },
            containerStatuses: { 'type': 'array', 'itemType': DescribeContainerGroupStatusResponseBodyDataPodStatusContainerStatuses },
            hostIp: 'string',
            phase: 'string',
            podIp: 'string',
            podIps: { 'type': 'array', 'itemType': DescribeContainerGroupStatusResponseBodyDataPodStatusPodIps },
            qosClass: 'string',
            startTime: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyDataPodStatus = DescribeContainerGroupStatusResponseBodyDataPodStatus;
class DescribeContainerGroupStatusResponseBodyData extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            annotations: 'Annotations',
            containerGroupId: 'ContainerGroupId',
            name: 'Name',
            namespace: 'Namespace',
            podStatus: 'PodStatus',
            status: 'Status',
            uuid: 'uuid',
        };
    }
    static types() {
        return {
            annotations: 'string',
            containerGroupId: 'string',
            name: 'string',
            namespace: 'string',
            podStatus: DescribeContainerGroupStatusResponseBodyDataPodStatus,
            status: 'string',
            uuid: 'string',
        };
    }
}
exports.DescribeContainerGroupStatusResponseBodyData = DescribeContainerGroupStatusResponseBodyData;
class DescribeContainerGroupsRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupsRequestTag = DescribeContainerGroupsRequestTag;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersCurrentState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            detailStatus: 'DetailStatus',
            exitCode: 'ExitCode',
            finishTime: 'FinishTime',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startTime: 'StartTime',
            state: 'State',
        };
    }
    static types() {
        return {
            detailStatus: 'string',
            exitCode: 'number',
            finishTime: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startTime: 'string',
            state: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersCurrentState = DescribeContainerGroupsResponseBodyContainerGroupsContainersCurrentState;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFromFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFromFieldRef = DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFromFieldRef;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFrom extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
        };
    }
    static types() {
        return {
            fieldRef: DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFromFieldRef,
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFrom = DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFrom;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVars extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
            valueFrom: 'ValueFrom',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
            valueFrom: DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVarsValueFrom,
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVars = DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVars;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeHttpGet = DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeHttpGet;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            host: 'Host',
            port: 'Port',
        };
    }
    static types() {
        return {
            host: 'string',
            port: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeTcpSocket = DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeTcpSocket;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            execs: 'Execs',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            execs: { 'type': 'array', 'itemType': 'string' },
            failureThreshold: 'number',
            httpGet: DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbe = DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbe;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersPorts extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersPorts = DescribeContainerGroupsResponseBodyContainerGroupsContainersPorts;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersPreviousState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            detailStatus: 'DetailStatus',
            exitCode: 'ExitCode',
            finishTime: 'FinishTime',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startTime: 'StartTime',
            state: 'State',
        };
    }
    static types() {
        return {
            detailStatus: 'string',
            exitCode: 'number',
            finishTime: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startTime: 'string',
            state: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersPreviousState = DescribeContainerGroupsResponseBodyContainerGroupsContainersPreviousState;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeHttpGet = DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeHttpGet;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            host: 'Host',
            port: 'Port',
        };
    }
    static types() {
        return {
            host: 'string',
            port: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeTcpSocket = DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeTcpSocket;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            execs: 'Execs',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            execs: { 'type': 'array', 'itemType': 'string' },
            failureThreshold: 'number',
            httpGet: DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbe = DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbe;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            adds: 'Adds',
        };
    }
    static types() {
        return {
            adds: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContextCapability = DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContextCapability;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContext = DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContext;
class DescribeContainerGroupsResponseBodyContainerGroupsContainersVolumeMounts extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
            subPath: 'SubPath',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
            subPath: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainersVolumeMounts = DescribeContainerGroupsResponseBodyContainerGroupsContainersVolumeMounts;
class DescribeContainerGroupsResponseBodyContainerGroupsContainers extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            args: 'Args',
            commands: 'Commands',
            cpu: 'Cpu',
            currentState: 'CurrentState',
            environmentVars: 'EnvironmentVars',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            livenessProbe: 'LivenessProbe',
            memory: 'Memory',
            name: 'Name',
            ports: 'Ports',
            previousState: 'PreviousState',
            readinessProbe: 'ReadinessProbe',
            ready: 'Ready',
            restartCount: 'RestartCount',
            securityContext: 'SecurityContext',
            stdin: 'Stdin',
            stdinOnce: 'StdinOnce',
            tty: 'Tty',
            volumeMounts: 'VolumeMounts',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            args: { 'type': 'array', 'itemType': 'string' },
            commands: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            currentState: DescribeContainerGroupsResponseBodyContainerGroupsContainersCurrentState,
            environmentVars: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsContainersEnvironmentVars },
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            livenessProbe: DescribeContainerGroupsResponseBodyContainerGroupsContainersLivenessProbe,
            memory: 'number',
            name: 'string',
            ports: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsContainersPorts },
            previousState: DescribeContainerGroupsResponseBodyContainerGroupsContainersPreviousState,
            readinessProbe: DescribeContainerGroupsResponseBodyContainerGroupsContainersReadinessProbe,
            ready: 'boolean',
            restartCount: 'number',
            securityContext: DescribeContainerGroupsResponseBodyContainerGroupsContainersSecurityContext,
            stdin: 'boolean',
            stdinOnce: 'boolean',
            tty: 'boolean',
            volumeMounts: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsContainersVolumeMounts },
            workingDir: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsContainers = DescribeContainerGroupsResponseBodyContainerGroupsContainers;
class DescribeContainerGroupsResponseBodyContainerGroupsDnsConfigOptions extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsDnsConfigOptions = DescribeContainerGroupsResponseBodyContainerGroupsDnsConfigOptions;
class DescribeContainerGroupsResponseBodyContainerGroupsDnsConfig extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            nameServers: 'NameServers',
            options: 'Options',
            searches: 'Searches',
        };
    }
    static types() {
        return {
            nameServers: { 'type': 'array', 'itemType': 'string' },
            options: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsDnsConfigOptions },
            searches: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsDnsConfig = DescribeContainerGroupsResponseBodyContainerGroupsDnsConfig;
class DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContextSysctls extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContextSysctls = DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContextSysctls;
class DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            sysctls: 'Sysctls',
        };
    }
    static types() {
        return {
            sysctls: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContextSysctls },
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContext = DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContext;
class DescribeContainerGroupsResponseBodyContainerGroupsEvents extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            count: 'Count',
            firstTimestamp: 'FirstTimestamp',
            lastTimestamp: 'LastTimestamp',
            message: 'Message',
            name: 'Name',
            reason: 'Reason',
            type: 'Type',
        };
    }
    static types() {
        return {
            count: 'number',
            firstTimestamp: 'string',
            lastTimestamp: 'string',
            message: 'string',
            name: 'string',
            reason: 'string',
            type: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsEvents = DescribeContainerGroupsResponseBodyContainerGroupsEvents;
class DescribeContainerGroupsResponseBodyContainerGroupsHostAliases extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            hostnames: 'Hostnames',
            ip: 'Ip',
        };
    }
    static types() {
        return {
            hostnames: { 'type': 'array', 'itemType': 'string' },
            ip: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsHostAliases = DescribeContainerGroupsResponseBodyContainerGroupsHostAliases;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersCurrentState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            detailStatus: 'DetailStatus',
            exitCode: 'ExitCode',
            finishTime: 'FinishTime',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startTime: 'StartTime',
            state: 'State',
        };
    }
    static types() {
        return {
            detailStatus: 'string',
            exitCode: 'number',
            finishTime: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startTime: 'string',
            state: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersCurrentState = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersCurrentState;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFromFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFromFieldRef = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFromFieldRef;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFrom extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
        };
    }
    static types() {
        return {
            fieldRef: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFromFieldRef,
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFrom = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFrom;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVars extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
            valueFrom: 'ValueFrom',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
            valueFrom: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVarsValueFrom,
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVars = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVars;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPorts extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPorts = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPorts;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPreviousState extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            detailStatus: 'DetailStatus',
            exitCode: 'ExitCode',
            finishTime: 'FinishTime',
            message: 'Message',
            reason: 'Reason',
            signal: 'Signal',
            startTime: 'StartTime',
            state: 'State',
        };
    }
    static types() {
        return {
            detailStatus: 'string',
            exitCode: 'number',
            finishTime: 'string',
            message: 'string',
            reason: 'string',
            signal: 'number',
            startTime: 'string',
            state: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPreviousState = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPreviousState;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            adds: 'Adds',
        };
    }
    static types() {
        return {
            adds: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContextCapability = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContextCapability;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContext = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContext;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainersVolumeMounts extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainersVolumeMounts = DescribeContainerGroupsResponseBodyContainerGroupsInitContainersVolumeMounts;
class DescribeContainerGroupsResponseBodyContainerGroupsInitContainers extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            args: 'Args',
            command: 'Command',
            cpu: 'Cpu',
            currentState: 'CurrentState',
            environmentVars: 'EnvironmentVars',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            memory: 'Memory',
            name: 'Name',
            ports: 'Ports',
            previousState: 'PreviousState',
            ready: 'Ready',
            restartCount: 'RestartCount',
            securityContext: 'SecurityContext',
            volumeMounts: 'VolumeMounts',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            args: { 'type': 'array', 'itemType': 'string' },
            command: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            currentState: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersCurrentState,
            environmentVars: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsInitContainersEnvironmentVars },
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            memory: 'number',
            name: 'string',
            ports: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPorts },
            previousState: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersPreviousState,
            ready: 'boolean',
            restartCount: 'number',
            securityContext: DescribeContainerGroupsResponseBodyContainerGroupsInitContainersSecurityContext,
            volumeMounts: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsInitContainersVolumeMounts },
            workingDir: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsInitContainers = DescribeContainerGroupsResponseBodyContainerGroupsInitContainers;
class DescribeContainerGroupsResponseBodyContainerGroupsTags extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsTags = DescribeContainerGroupsResponseBodyContainerGroupsTags;
class DescribeContainerGroupsResponseBodyContainerGroupsVolumesConfigFileVolumeConfigFileToPaths extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            content: 'Content',
            path: 'Path',
        };
    }
    static types() {
        return {
            content: 'string',
            path: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsVolumesConfigFileVolumeConfigFileToPaths = DescribeContainerGroupsResponseBodyContainerGroupsVolumesConfigFileVolumeConfigFileToPaths;
class DescribeContainerGroupsResponseBodyContainerGroupsVolumes extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            configFileVolumeConfigFileToPaths: 'ConfigFileVolumeConfigFileToPaths',
            diskVolumeDiskId: 'DiskVolumeDiskId',
            diskVolumeFsType: 'DiskVolumeFsType',
            emptyDirVolumeMedium: 'EmptyDirVolumeMedium',
            emptyDirVolumeSizeLimit: 'EmptyDirVolumeSizeLimit',
            flexVolumeDriver: 'FlexVolumeDriver',
            flexVolumeFsType: 'FlexVolumeFsType',
            flexVolumeOptions: 'FlexVolumeOptions',
            NFSVolumePath: 'NFSVolumePath',
            NFSVolumeReadOnly: 'NFSVolumeReadOnly',
            NFSVolumeServer: 'NFSVolumeServer',
            name: 'Name',
            type: 'Type',
        };
    }
    static types() {
        return {
            configFileVolumeConfigFileToPaths: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsVolumesConfigFileVolumeConfigFileToPaths },
            diskVolumeDiskId: 'string',
            diskVolumeFsType: 'string',
            emptyDirVolumeMedium: 'string',
            emptyDirVolumeSizeLimit: 'string',
            flexVolumeDriver: 'string',
            flexVolumeFsType: 'string',
            flexVolumeOptions: 'string',
            NFSVolumePath: 'string',
            NFSVolumeReadOnly: 'boolean',
            NFSVolumeServer: 'string',
            name: 'string',
            type: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroupsVolumes = DescribeContainerGroupsResponseBodyContainerGroupsVolumes;
class DescribeContainerGroupsResponseBodyContainerGroups extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            containerGroupName: 'ContainerGroupName',
            containers: 'Containers',
            cpu: 'Cpu',
            creationTime: 'CreationTime',
            discount: 'Discount',
            dnsConfig: 'DnsConfig',
            eciSecurityContext: 'EciSecurityContext',
            eniInstanceId: 'EniInstanceId',
            ephemeralStorage: 'EphemeralStorage',
            events: 'Events',
            expiredTime: 'ExpiredTime',
            failedTime: 'FailedTime',
            hostAliases: 'HostAliases',
            initContainers: 'InitContainers',
            instanceType: 'InstanceType',
            internetIp: 'InternetIp',
            intranetIp: 'IntranetIp',
            ipv6Address: 'Ipv6Address',
            memory: 'Memory',
            ramRoleName: 'RamRoleName',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            restartPolicy: 'RestartPolicy',
            securityGroupId: 'SecurityGroupId',
            spotPriceLimit: 'SpotPriceLimit',
            spotStrategy: 'SpotStrategy',
            status: 'Status',
            succeededTime: 'SucceededTime',
            tags: 'Tags',
            tenantEniInstanceId: 'TenantEniInstanceId',
            tenantEniIp: 'TenantEniIp',
            tenantSecurityGroupId: 'TenantSecurityGroupId',
            tenantVSwitchId: 'TenantVSwitchId',
            vSwitchId: 'VSwitchId',
            volumes: 'Volumes',
            vpcId: 'VpcId',
            zoneId: 'ZoneId',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            containerGroupName: 'string',
            containers: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsContainers },
            cpu: 'number',
            creationTime: 'string',
            discount: 'number',
            dnsConfig: DescribeContainerGroupsResponseBodyContainerGroupsDnsConfig,
            eciSecurityContext: DescribeContainerGroupsResponseBodyContainerGroupsEciSecurityContext,
            eniInstanceId: 'string',
            ephemeralStorage: 'number',
            events: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsEvents },
            expiredTime: 'string',
            failedTime: 'string',
            hostAliases: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsHostAliases },
            initContainers: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsInitContainers },
            instanceType: 'string',
            internetIp: 'string',
            intranetIp: 'string',
            ipv6Address: 'string',
            memory: 'number',
            ramRoleName: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            restartPolicy: 'string',
            securityGroupId: 'string',
            spotPriceLimit: 'number',
            spotStrategy: 'string',
            status: 'string',
            succeededTime: 'string',
            tags: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsTags },
            tenantEniInstanceId: 'string',
            tenantEniIp: 'string',
            tenantSecurityGroupId: 'string',
            tenantVSwitchId: 'string',
            vSwitchId: 'string',
            volumes: { 'type': 'array', 'itemType': DescribeContainerGroupsResponseBodyContainerGroupsVolumes },
            vpcId: 'string',
            zoneId: 'string',
        };
    }
}
exports.DescribeContainerGroupsResponseBodyContainerGroups = DescribeContainerGroupsResponseBodyContainerGroups;
class DescribeDataCachesRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeDataCachesRequestTag = DescribeDataCachesRequestTag;
class DescribeDataCachesResponseBodyDataCachesDataSource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            options: 'Options',
            type: 'Type',
        };
    }
    static types() {
        return {
            options: 'string',
            type: 'string',
        };
    }
}
exports.DescribeDataCachesResponseBodyDataCachesDataSource = DescribeDataCachesResponseBodyDataCachesDataSource;
class DescribeDataCachesResponseBodyDataCachesEvents extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            count: 'Count',
            firstTimestamp: 'FirstTimestamp',
            lastTimestamp: 'LastTimestamp',
            message: 'Message',
            name: 'Name',
            reason: 'Reason',
            type: 'Type',
        };
    }
    static types() {
        return {
            count: 'number',
            firstTimestamp: 'string',
            lastTimestamp: 'string',
            message: 'string',
            name: 'string',
            reason: 'string',
            type: 'string',
        };
    }
}
exports.DescribeDataCachesResponseBodyDataCachesEvents = DescribeDataCachesResponseBodyDataCachesEvents;
class DescribeDataCachesResponseBodyDataCachesTags extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeDataCachesResponseBodyDataCachesTags = DescribeDataCachesResponseBodyDataCachesTags;
class DescribeDataCachesResponseBodyDataCaches extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bucket: 'Bucket',
            containerGroupId: 'ContainerGroupId',
            creationTime: 'CreationTime',
            dataCacheId: 'DataCacheId',
            dataSource: 'DataSource',
            events: 'Events',
            expireDateTime: 'ExpireDateTime',
            flashSnapshotId: 'FlashSnapshotId',
            lastMatchedTime: 'LastMatchedTime',
            name: 'Name',
            path: 'Path',
            progress: 'Progress',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            size: 'Size',
            snapshotId: 'SnapshotId',
            status: 'Status',
            tags: 'Tags',
        };
    }
    static types() {
        return {
            bucket: 'string',
            containerGroupId: 'string',
            creationTime: 'string',
            dataCacheId: 'string',
            dataSource: DescribeDataCachesResponseBodyDataCachesDataSource,
            events: { 'type': 'array', 'itemType': DescribeDataCachesResponseBodyDataCachesEvents },
            expireDateTime: 'string',
            flashSnapshotId: 'string',
            lastMatchedTime: 'string',
            name: 'string',
            path: 'string',
            progress: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            size: 'number',
            snapshotId: 'string',
            status: 'string',
            tags: { 'type': 'array', 'itemType': DescribeDataCachesResponseBodyDataCachesTags },
        };
    }
}
exports.DescribeDataCachesResponseBodyDataCaches = DescribeDataCachesResponseBodyDataCaches;
class DescribeImageCachesRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeImageCachesRequestTag = DescribeImageCachesRequestTag;
class DescribeImageCachesResponseBodyImageCachesEvents extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            count: 'Count',
            firstTimestamp: 'FirstTimestamp',
            lastTimestamp: 'LastTimestamp',
            message: 'Message',
            name: 'Name',
            reason: 'Reason',
            type: 'Type',
        };
    }
    static types() {
        return {
            count: 'number',
            firstTimestamp: 'string',
            lastTimestamp: 'string',
            message: 'string',
            name: 'string',
            reason: 'string',
            type: 'string',
        };
    }
}
exports.DescribeImageCachesResponseBodyImageCachesEvents = DescribeImageCachesResponseBodyImageCachesEvents;
class DescribeImageCachesResponseBodyImageCachesTags extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeImageCachesResponseBodyImageCachesTags = DescribeImageCachesResponseBodyImageCachesTags;
class DescribeImageCachesResponseBodyImageCaches extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            creationTime: 'CreationTime',
            eliminationStrategy: 'EliminationStrategy',
            events: 'Events',
            expireDateTime: 'ExpireDateTime',
            flashSnapshotId: 'FlashSnapshotId',
            imageCacheId: 'ImageCacheId',
            imageCacheName: 'ImageCacheName',
            imageCacheSize: 'ImageCacheSize',
            images: 'Images',
            lastMatchedTime: 'LastMatchedTime',
            progress: 'Progress',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            snapshotId: 'SnapshotId',
            status: 'Status',
            tags: 'Tags',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            creationTime: 'string',
            eliminationStrategy: 'string',
            events: { 'type': 'array', 'itemType': DescribeImageCachesResponseBodyImageCachesEvents },
            expireDateTime: 'string',
            flashSnapshotId: 'string',
            imageCacheId: 'string',
            imageCacheName: 'string',
            imageCacheSize: 'number',
            images: { 'type': 'array', 'itemType': 'string' },
            lastMatchedTime: 'string',
            progress: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            snapshotId: 'string',
            status: 'string',
            tags: { 'type': 'array', 'itemType': DescribeImageCachesResponseBodyImageCachesTags },
        };
    }
}
exports.DescribeImageCachesResponseBodyImageCaches = DescribeImageCachesResponseBodyImageCaches;
class DescribeInstanceOpsRecordsResponseBodyRecords extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            createTime: 'CreateTime',
            expireTime: 'ExpireTime',
            opsStatus: 'OpsStatus',
            opsType: 'OpsType',
            resultContent: 'ResultContent',
            resultType: 'ResultType',
        };
    }
    static types() {
        return {
            createTime: 'string',
            expireTime: 'string',
            opsStatus: 'string',
            opsType: 'string',
            resultContent: 'string',
            resultType: 'string',
        };
    }
}
exports.DescribeInstanceOpsRecordsResponseBodyRecords = DescribeInstanceOpsRecordsResponseBodyRecords;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsCPU extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            limit: 'Limit',
            load: 'Load',
            usageCoreNanoSeconds: 'UsageCoreNanoSeconds',
            usageNanoCores: 'UsageNanoCores',
        };
    }
    static types() {
        return {
            limit: 'number',
            load: 'number',
            usageCoreNanoSeconds: 'number',
            usageNanoCores: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsCPU = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsCPU;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersCPU extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            limit: 'Limit',
            load: 'Load',
            usageCoreNanoSeconds: 'UsageCoreNanoSeconds',
            usageNanoCores: 'UsageNanoCores',
        };
    }
    static types() {
        return {
            limit: 'number',
            load: 'number',
            usageCoreNanoSeconds: 'number',
            usageNanoCores: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersCPU = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersCPU;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersMemory extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableBytes: 'AvailableBytes',
            cache: 'Cache',
            rss: 'Rss',
            usageBytes: 'UsageBytes',
            workingSet: 'WorkingSet',
        };
    }
    static types() {
        return {
            availableBytes: 'number',
            cache: 'number',
            rss: 'number',
            usageBytes: 'number',
            workingSet: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersMemory = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersMemory;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainers extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            CPU: 'CPU',
            memory: 'Memory',
            name: 'Name',
        };
    }
    static types() {
        return {
            CPU: DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersCPU,
            memory: DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainersMemory,
            name: 'string',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainers = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainers;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsDisk extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            device: 'Device',
            readBytes: 'ReadBytes',
            readIo: 'ReadIo',
            writeBytes: 'WriteBytes',
            writeIo: 'WriteIo',
        };
    }
    static types() {
        return {
            device: 'string',
            readBytes: 'number',
            readIo: 'number',
            writeBytes: 'number',
            writeIo: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsDisk = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsDisk;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsFilesystem extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            available: 'Available',
            capacity: 'Capacity',
            fsName: 'FsName',
            usage: 'Usage',
        };
    }
    static types() {
        return {
            available: 'number',
            capacity: 'number',
            fsName: 'string',
            usage: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsFilesystem = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsFilesystem;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsMemory extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            availableBytes: 'AvailableBytes',
            cache: 'Cache',
            rss: 'Rss',
            usageBytes: 'UsageBytes',
            workingSet: 'WorkingSet',
        };
    }
    static types() {
        return {
            availableBytes: 'number',
            cache: 'number',
            rss: 'number',
            usageBytes: 'number',
            workingSet: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsMemory = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsMemory;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetworkInterfaces extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            rxBytes: 'RxBytes',
            rxDrops: 'RxDrops',
            rxErrors: 'RxErrors',
            rxPackets: 'RxPackets',
            txBytes: 'TxBytes',
            txDrops: 'TxDrops',
            txErrors: 'TxErrors',
            txPackets: 'TxPackets',
        };
    }
    static types() {
        return {
            name: 'string',
            rxBytes: 'number',
            rxDrops: 'number',
            rxErrors: 'number',
            rxPackets: 'number',
            txBytes: 'number',
            txDrops: 'number',
            txErrors: 'number',
            txPackets: 'number',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetworkInterfaces = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetworkInterfaces;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetwork extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            interfaces: 'Interfaces',
        };
    }
    static types() {
        return {
            interfaces: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetworkInterfaces },
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetwork = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetwork;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecords extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            CPU: 'CPU',
            containers: 'Containers',
            disk: 'Disk',
            filesystem: 'Filesystem',
            memory: 'Memory',
            network: 'Network',
            timestamp: 'Timestamp',
        };
    }
    static types() {
        return {
            CPU: DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsCPU,
            containers: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsContainers },
            disk: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsDisk },
            filesystem: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsFilesystem },
            memory: DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsMemory,
            network: DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecordsNetwork,
            timestamp: 'string',
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecords = DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecords;
class DescribeMultiContainerGroupMetricResponseBodyMonitorDatas extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            containerGroupId: 'ContainerGroupId',
            records: 'Records',
        };
    }
    static types() {
        return {
            containerGroupId: 'string',
            records: { 'type': 'array', 'itemType': DescribeMultiContainerGroupMetricResponseBodyMonitorDatasRecords },
        };
    }
}
exports.DescribeMultiContainerGroupMetricResponseBodyMonitorDatas = DescribeMultiContainerGroupMetricResponseBodyMonitorDatas;
class DescribeRegionsResponseBodyRegions extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            recommendZones: 'RecommendZones',
            regionEndpoint: 'RegionEndpoint',
            regionId: 'RegionId',
            zones: 'Zones',
        };
    }
    static types() {
        return {
            recommendZones: { 'type': 'array', 'itemType': 'string' },
            regionEndpoint: 'string',
            regionId: 'string',
            zones: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.DescribeRegionsResponseBodyRegions = DescribeRegionsResponseBodyRegions;
class DescribeVirtualNodesRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeVirtualNodesRequestTag = DescribeVirtualNodesRequestTag;
class DescribeVirtualNodesResponseBodyVirtualNodesEvents extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            count: 'Count',
            firstTimestamp: 'FirstTimestamp',
            lastTimestamp: 'LastTimestamp',
            message: 'Message',
            name: 'Name',
            reason: 'Reason',
            type: 'Type',
        };
    }
    static types() {
        return {
            count: 'number',
            firstTimestamp: 'string',
            lastTimestamp: 'string',
            message: 'string',
            name: 'string',
            reason: 'string',
            type: 'string',
        };
    }
}
exports.DescribeVirtualNodesResponseBodyVirtualNodesEvents = DescribeVirtualNodesResponseBodyVirtualNodesEvents;
class DescribeVirtualNodesResponseBodyVirtualNodesTags extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.DescribeVirtualNodesResponseBodyVirtualNodesTags = DescribeVirtualNodesResponseBodyVirtualNodesTags;
class DescribeVirtualNodesResponseBodyVirtualNodes extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            creationTime: 'CreationTime',
            events: 'Events',
            internetIp: 'InternetIp',
            intranetIp: 'IntranetIp',
            regionId: 'RegionId',
            resourceGroupId: 'ResourceGroupId',
            status: 'Status',
            tags: 'Tags',
            virtualNodeId: 'VirtualNodeId',
            virtualNodeName: 'VirtualNodeName',
            virtualNodeSecurityGroupId: 'VirtualNodeSecurityGroupId',
            virtualNodeVSwitchId: 'VirtualNodeVSwitchId',
            vpcId: 'VpcId',
        };
    }
    static types() {
        return {
            creationTime: 'string',
            events: { 'type': 'array', 'itemType': DescribeVirtualNodesResponseBodyVirtualNodesEvents },
            internetIp: 'string',
            intranetIp: 'string',
            regionId: 'string',
            resourceGroupId: 'string',
            status: 'string',
            tags: { 'type': 'array', 'itemType': DescribeVirtualNodesResponseBodyVirtualNodesTags },
            virtualNodeId: 'string',
            virtualNodeName: 'string',
            virtualNodeSecurityGroupId: 'string',
            virtualNodeVSwitchId: 'string',
            vpcId: 'string',
        };
    }
}
exports.DescribeVirtualNodesResponseBodyVirtualNodes = DescribeVirtualNodesResponseBodyVirtualNodes;
class UpdateContainerGroupRequestDnsConfigOption extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestDnsConfigOption = UpdateContainerGroupRequestDnsConfigOption;
class UpdateContainerGroupRequestDnsConfig extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            nameServer: 'NameServer',
            option: 'Option',
            search: 'Search',
        };
    }
    static types() {
        return {
            nameServer: { 'type': 'array', 'itemType': 'string' },
            option: { 'type': 'array', 'itemType': UpdateContainerGroupRequestDnsConfigOption },
            search: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.UpdateContainerGroupRequestDnsConfig = UpdateContainerGroupRequestDnsConfig;
class UpdateContainerGroupRequestAcrRegistryInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            domain: 'Domain',
            instanceId: 'InstanceId',
            instanceName: 'InstanceName',
            regionId: 'RegionId',
        };
    }
    static types() {
        return {
            domain: { 'type': 'array', 'itemType': 'string' },
            instanceId: 'string',
            instanceName: 'string',
            regionId: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestAcrRegistryInfo = UpdateContainerGroupRequestAcrRegistryInfo;
class UpdateContainerGroupRequestContainerLivenessProbeExec extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            command: 'Command',
        };
    }
    static types() {
        return {
            command: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.UpdateContainerGroupRequestContainerLivenessProbeExec = UpdateContainerGroupRequestContainerLivenessProbeExec;
class UpdateContainerGroupRequestContainerLivenessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerLivenessProbeHttpGet = UpdateContainerGroupRequestContainerLivenessProbeHttpGet;
class UpdateContainerGroupRequestContainerLivenessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
        };
    }
    static types() {
        return {
            port: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestContainerLivenessProbeTcpSocket = UpdateContainerGroupRequestContainerLivenessProbeTcpSocket;
class UpdateContainerGroupRequestContainerLivenessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            exec: 'Exec',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            exec: UpdateContainerGroupRequestContainerLivenessProbeExec,
            failureThreshold: 'number',
            httpGet: UpdateContainerGroupRequestContainerLivenessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: UpdateContainerGroupRequestContainerLivenessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestContainerLivenessProbe = UpdateContainerGroupRequestContainerLivenessProbe;
class UpdateContainerGroupRequestContainerReadinessProbeExec extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            command: 'Command',
        };
    }
    static types() {
        return {
            command: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.UpdateContainerGroupRequestContainerReadinessProbeExec = UpdateContainerGroupRequestContainerReadinessProbeExec;
class UpdateContainerGroupRequestContainerReadinessProbeHttpGet extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            port: 'Port',
            scheme: 'Scheme',
        };
    }
    static types() {
        return {
            path: 'string',
            port: 'number',
            scheme: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerReadinessProbeHttpGet = UpdateContainerGroupRequestContainerReadinessProbeHttpGet;
class UpdateContainerGroupRequestContainerReadinessProbeTcpSocket extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
        };
    }
    static types() {
        return {
            port: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestContainerReadinessProbeTcpSocket = UpdateContainerGroupRequestContainerReadinessProbeTcpSocket;
class UpdateContainerGroupRequestContainerReadinessProbe extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            exec: 'Exec',
            failureThreshold: 'FailureThreshold',
            httpGet: 'HttpGet',
            initialDelaySeconds: 'InitialDelaySeconds',
            periodSeconds: 'PeriodSeconds',
            successThreshold: 'SuccessThreshold',
            tcpSocket: 'TcpSocket',
            timeoutSeconds: 'TimeoutSeconds',
        };
    }
    static types() {
        return {
            exec: UpdateContainerGroupRequestContainerReadinessProbeExec,
            failureThreshold: 'number',
            httpGet: UpdateContainerGroupRequestContainerReadinessProbeHttpGet,
            initialDelaySeconds: 'number',
            periodSeconds: 'number',
            successThreshold: 'number',
            tcpSocket: UpdateContainerGroupRequestContainerReadinessProbeTcpSocket,
            timeoutSeconds: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestContainerReadinessProbe = UpdateContainerGroupRequestContainerReadinessProbe;
class UpdateContainerGroupRequestContainerSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            add: 'Add',
        };
    }
    static types() {
        return {
            add: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.UpdateContainerGroupRequestContainerSecurityContextCapability = UpdateContainerGroupRequestContainerSecurityContextCapability;
class UpdateContainerGroupRequestContainerSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: UpdateContainerGroupRequestContainerSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestContainerSecurityContext = UpdateContainerGroupRequestContainerSecurityContext;
class UpdateContainerGroupRequestContainerEnvironmentVarFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerEnvironmentVarFieldRef = UpdateContainerGroupRequestContainerEnvironmentVarFieldRef;
class UpdateContainerGroupRequestContainerEnvironmentVar extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            fieldRef: UpdateContainerGroupRequestContainerEnvironmentVarFieldRef,
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerEnvironmentVar = UpdateContainerGroupRequestContainerEnvironmentVar;
class UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders = UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders;
class UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            name: 'Name',
            value: 'Value',
        };
    }
    static types() {
        return {
            name: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader = UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader;
class UpdateContainerGroupRequestContainerPort extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerPort = UpdateContainerGroupRequestContainerPort;
class UpdateContainerGroupRequestContainerVolumeMount extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
            subPath: 'SubPath',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
            subPath: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainerVolumeMount = UpdateContainerGroupRequestContainerVolumeMount;
class UpdateContainerGroupRequestContainer extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            livenessProbe: 'LivenessProbe',
            readinessProbe: 'ReadinessProbe',
            securityContext: 'SecurityContext',
            arg: 'Arg',
            command: 'Command',
            cpu: 'Cpu',
            environmentVar: 'EnvironmentVar',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            lifecyclePostStartHandlerExec: 'LifecyclePostStartHandlerExec',
            lifecyclePostStartHandlerHttpGetHost: 'LifecyclePostStartHandlerHttpGetHost',
            lifecyclePostStartHandlerHttpGetHttpHeaders: 'LifecyclePostStartHandlerHttpGetHttpHeaders',
            lifecyclePostStartHandlerHttpGetPath: 'LifecyclePostStartHandlerHttpGetPath',
            lifecyclePostStartHandlerHttpGetPort: 'LifecyclePostStartHandlerHttpGetPort',
            lifecyclePostStartHandlerHttpGetScheme: 'LifecyclePostStartHandlerHttpGetScheme',
            lifecyclePostStartHandlerTcpSocketHost: 'LifecyclePostStartHandlerTcpSocketHost',
            lifecyclePostStartHandlerTcpSocketPort: 'LifecyclePostStartHandlerTcpSocketPort',
            lifecyclePreStopHandlerExec: 'LifecyclePreStopHandlerExec',
            lifecyclePreStopHandlerHttpGetHost: 'LifecyclePreStopHandlerHttpGetHost',
            lifecyclePreStopHandlerHttpGetHttpHeader: 'LifecyclePreStopHandlerHttpGetHttpHeader',
            lifecyclePreStopHandlerHttpGetPath: 'LifecyclePreStopHandlerHttpGetPath',
            lifecyclePreStopHandlerHttpGetPort: 'LifecyclePreStopHandlerHttpGetPort',
            lifecyclePreStopHandlerHttpGetScheme: 'LifecyclePreStopHandlerHttpGetScheme',
            lifecyclePreStopHandlerTcpSocketHost: 'LifecyclePreStopHandlerTcpSocketHost',
            lifecyclePreStopHandlerTcpSocketPort: 'LifecyclePreStopHandlerTcpSocketPort',
            memory: 'Memory',
            name: 'Name',
            port: 'Port',
            stdin: 'Stdin',
            stdinOnce: 'StdinOnce',
            tty: 'Tty',
            volumeMount: 'VolumeMount',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            livenessProbe: UpdateContainerGroupRequestContainerLivenessProbe,
            readinessProbe: UpdateContainerGroupRequestContainerReadinessProbe,
            securityContext: UpdateContainerGroupRequestContainerSecurityContext,
            arg: { 'type': 'array', 'itemType': 'string' },
            command: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            environmentVar: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainerEnvironmentVar },
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            lifecyclePostStartHandlerExec: { 'type': 'array', 'itemType': 'string' },
            lifecyclePostStartHandlerHttpGetHost: 'string',
            lifecyclePostStartHandlerHttpGetHttpHeaders: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainerLifecyclePostStartHandlerHttpGetHttpHeaders },
            lifecyclePostStartHandlerHttpGetPath: 'string',
            lifecyclePostStartHandlerHttpGetPort: 'number',
            lifecyclePostStartHandlerHttpGetScheme: 'string',
            lifecyclePostStartHandlerTcpSocketHost: 'string',
            lifecyclePostStartHandlerTcpSocketPort: 'number',
            lifecyclePreStopHandlerExec: { 'type': 'array', 'itemType': 'string' },
            lifecyclePreStopHandlerHttpGetHost: 'string',
            lifecyclePreStopHandlerHttpGetHttpHeader: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainerLifecyclePreStopHandlerHttpGetHttpHeader },
            lifecyclePreStopHandlerHttpGetPath: 'string',
            lifecyclePreStopHandlerHttpGetPort: 'number',
            lifecyclePreStopHandlerHttpGetScheme: 'string',
            lifecyclePreStopHandlerTcpSocketHost: 'string',
            lifecyclePreStopHandlerTcpSocketPort: 'number',
            memory: 'number',
            name: 'string',
            port: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainerPort },
            stdin: 'boolean',
            stdinOnce: 'boolean',
            tty: 'boolean',
            volumeMount: { 'type': 'array', 'itemType': UpdateContainerGroupRequestContainerVolumeMount },
            workingDir: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestContainer = UpdateContainerGroupRequestContainer;
class UpdateContainerGroupRequestImageRegistryCredential extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            password: 'Password',
            server: 'Server',
            userName: 'UserName',
        };
    }
    static types() {
        return {
            password: 'string',
            server: 'string',
            userName: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestImageRegistryCredential = UpdateContainerGroupRequestImageRegistryCredential;
class UpdateContainerGroupRequestInitContainerSecurityContextCapability extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            add: 'Add',
        };
    }
    static types() {
        return {
            add: { 'type': 'array', 'itemType': 'string' },
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerSecurityContextCapability = UpdateContainerGroupRequestInitContainerSecurityContextCapability;
class UpdateContainerGroupRequestInitContainerSecurityContext extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            capability: 'Capability',
            readOnlyRootFilesystem: 'ReadOnlyRootFilesystem',
            runAsUser: 'RunAsUser',
        };
    }
    static types() {
        return {
            capability: UpdateContainerGroupRequestInitContainerSecurityContextCapability,
            readOnlyRootFilesystem: 'boolean',
            runAsUser: 'number',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerSecurityContext = UpdateContainerGroupRequestInitContainerSecurityContext;
class UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldPath: 'FieldPath',
        };
    }
    static types() {
        return {
            fieldPath: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef = UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef;
class UpdateContainerGroupRequestInitContainerEnvironmentVar extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            fieldRef: 'FieldRef',
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            fieldRef: UpdateContainerGroupRequestInitContainerEnvironmentVarFieldRef,
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerEnvironmentVar = UpdateContainerGroupRequestInitContainerEnvironmentVar;
class UpdateContainerGroupRequestInitContainerPort extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            port: 'Port',
            protocol: 'Protocol',
        };
    }
    static types() {
        return {
            port: 'number',
            protocol: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerPort = UpdateContainerGroupRequestInitContainerPort;
class UpdateContainerGroupRequestInitContainerVolumeMount extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            mountPath: 'MountPath',
            mountPropagation: 'MountPropagation',
            name: 'Name',
            readOnly: 'ReadOnly',
            subPath: 'SubPath',
        };
    }
    static types() {
        return {
            mountPath: 'string',
            mountPropagation: 'string',
            name: 'string',
            readOnly: 'boolean',
            subPath: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainerVolumeMount = UpdateContainerGroupRequestInitContainerVolumeMount;
class UpdateContainerGroupRequestInitContainer extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            securityContext: 'SecurityContext',
            arg: 'Arg',
            command: 'Command',
            cpu: 'Cpu',
            environmentVar: 'EnvironmentVar',
            gpu: 'Gpu',
            image: 'Image',
            imagePullPolicy: 'ImagePullPolicy',
            memory: 'Memory',
            name: 'Name',
            port: 'Port',
            stdin: 'Stdin',
            stdinOnce: 'StdinOnce',
            tty: 'Tty',
            volumeMount: 'VolumeMount',
            workingDir: 'WorkingDir',
        };
    }
    static types() {
        return {
            securityContext: UpdateContainerGroupRequestInitContainerSecurityContext,
            arg: { 'type': 'array', 'itemType': 'string' },
            command: { 'type': 'array', 'itemType': 'string' },
            cpu: 'number',
            environmentVar: { 'type': 'array', 'itemType': UpdateContainerGroupRequestInitContainerEnvironmentVar },
            gpu: 'number',
            image: 'string',
            imagePullPolicy: 'string',
            memory: 'number',
            name: 'string',
            port: { 'type': 'array', 'itemType': UpdateContainerGroupRequestInitContainerPort },
            stdin: 'boolean',
            stdinOnce: 'boolean',
            tty: 'boolean',
            volumeMount: { 'type': 'array', 'itemType': UpdateContainerGroupRequestInitContainerVolumeMount },
            workingDir: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestInitContainer = UpdateContainerGroupRequestInitContainer;
class UpdateContainerGroupRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestTag = UpdateContainerGroupRequestTag;
class UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            content: 'Content',
            path: 'Path',
        };
    }
    static types() {
        return {
            content: 'string',
            path: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath = UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath;
class UpdateContainerGroupRequestVolumeConfigFileVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            configFileToPath: 'ConfigFileToPath',
        };
    }
    static types() {
        return {
            configFileToPath: { 'type': 'array', 'itemType': UpdateContainerGroupRequestVolumeConfigFileVolumeConfigFileToPath },
        };
    }
}
exports.UpdateContainerGroupRequestVolumeConfigFileVolume = UpdateContainerGroupRequestVolumeConfigFileVolume;
class UpdateContainerGroupRequestVolumeEmptyDirVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            medium: 'Medium',
            sizeLimit: 'SizeLimit',
        };
    }
    static types() {
        return {
            medium: 'string',
            sizeLimit: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolumeEmptyDirVolume = UpdateContainerGroupRequestVolumeEmptyDirVolume;
class UpdateContainerGroupRequestVolumeFlexVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            driver: 'Driver',
            fsType: 'FsType',
            options: 'Options',
        };
    }
    static types() {
        return {
            driver: 'string',
            fsType: 'string',
            options: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolumeFlexVolume = UpdateContainerGroupRequestVolumeFlexVolume;
class UpdateContainerGroupRequestVolumeHostPathVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            type: 'Type',
        };
    }
    static types() {
        return {
            path: 'string',
            type: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolumeHostPathVolume = UpdateContainerGroupRequestVolumeHostPathVolume;
class UpdateContainerGroupRequestVolumeNFSVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            path: 'Path',
            readOnly: 'ReadOnly',
            server: 'Server',
        };
    }
    static types() {
        return {
            path: 'string',
            readOnly: 'boolean',
            server: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolumeNFSVolume = UpdateContainerGroupRequestVolumeNFSVolume;
class UpdateContainerGroupRequestVolume extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            configFileVolume: 'ConfigFileVolume',
            emptyDirVolume: 'EmptyDirVolume',
            flexVolume: 'FlexVolume',
            hostPathVolume: 'HostPathVolume',
            NFSVolume: 'NFSVolume',
            name: 'Name',
            type: 'Type',
        };
    }
    static types() {
        return {
            configFileVolume: UpdateContainerGroupRequestVolumeConfigFileVolume,
            emptyDirVolume: UpdateContainerGroupRequestVolumeEmptyDirVolume,
            flexVolume: UpdateContainerGroupRequestVolumeFlexVolume,
            hostPathVolume: UpdateContainerGroupRequestVolumeHostPathVolume,
            NFSVolume: UpdateContainerGroupRequestVolumeNFSVolume,
            name: 'string',
            type: 'string',
        };
    }
}
exports.UpdateContainerGroupRequestVolume = UpdateContainerGroupRequestVolume;
class UpdateDataCacheRequestDataSource extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            options: 'Options',
            type: 'Type',
        };
    }
    static types() {
        return {
            options: { 'type': 'map', 'keyType': 'string', 'valueType': 'string' },
            type: 'string',
        };
    }
}
exports.UpdateDataCacheRequestDataSource = UpdateDataCacheRequestDataSource;
class UpdateDataCacheRequestEipCreateParam extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            bandwidth: 'Bandwidth',
            commonBandwidthPackage: 'CommonBandwidthPackage',
            ISP: 'ISP',
            internetChargeType: 'InternetChargeType',
            publicIpAddressPoolId: 'PublicIpAddressPoolId',
        };
    }
    static types() {
        return {
            bandwidth: 'number',
            commonBandwidthPackage: 'string',
            ISP: 'string',
            internetChargeType: 'string',
            publicIpAddressPoolId: 'string',
        };
    }
}
exports.UpdateDataCacheRequestEipCreateParam = UpdateDataCacheRequestEipCreateParam;
class UpdateDataCacheRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateDataCacheRequestTag = UpdateDataCacheRequestTag;
class UpdateImageCacheRequestAcrRegistryInfo extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            domain: 'Domain',
            instanceId: 'InstanceId',
            instanceName: 'InstanceName',
            regionId: 'RegionId',
        };
    }
    static types() {
        return {
            domain: { 'type': 'array', 'itemType': 'string' },
            instanceId: 'string',
            instanceName: 'string',
            regionId: 'string',
        };
    }
}
exports.UpdateImageCacheRequestAcrRegistryInfo = UpdateImageCacheRequestAcrRegistryInfo;
class UpdateImageCacheRequestImageRegistryCredential extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            password: 'Password',
            server: 'Server',
            userName: 'UserName',
        };
    }
    static types() {
        return {
            password: 'string',
            server: 'string',
            userName: 'string',
        };
    }
}
exports.UpdateImageCacheRequestImageRegistryCredential = UpdateImageCacheRequestImageRegistryCredential;
class UpdateImageCacheRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateImageCacheRequestTag = UpdateImageCacheRequestTag;
class UpdateVirtualNodeRequestTag extends $tea.Model {
    constructor(map) {
        super(map);
    }
    static names() {
        return {
            key: 'Key',
            value: 'Value',
        };
    }
    static types() {
        return {
            key: 'string',
            value: 'string',
        };
    }
}
exports.UpdateVirtualNodeRequestTag = UpdateVirtualNodeRequestTag;
class Client extends openapi_client_1.default {
    constructor(config) {
        super(config);
        this._endpointRule = "";
        this.checkConfig(config);
        this._endpoint = this.getEndpoint("eci", this._regionId, this._endpointRule, this._network, this._suffix, this._endpointMap, this._endpoint);
    }
    getEndpoint(productId, regionId, endpointRule, network, suffix, endpointMap, endpoint) {
        if (!tea_util_1.default.empty(endpoint)) {
            return endpoint;
        }
        if (!tea_util_1.default.isUnset(endpointMap) && !tea_util_1.default.empty(endpointMap[regionId])) {
            return endpointMap[regionId];
        }
        return endpoint_util_1.default.getEndpointRules(productId, regionId, endpointRule, network, suffix);
    }
    /**
      * You must specify the Alibaba Cloud Resource Name (ARN) of the RAM role of the Container Registry Enterprise Edition instance to grant the elastic container instance to assume the RAM role to push images.
      *
      * @param request CommitContainerRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CommitContainerResponse
     */
    async commitContainerWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.acrRegistryInfo)) {
            query["AcrRegistryInfo"] = request.acrRegistryInfo;
        }
        if (!tea_util_1.default.isUnset(request.arn)) {
            query["Arn"] = request.arn;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.containerName)) {
            query["ContainerName"] = request.containerName;
        }
        if (!tea_util_1.default.isUnset(request.image)) {
            query["Image"] = request.image;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CommitContainer",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CommitContainerResponse({}));
    }
    /**
      * You must specify the Alibaba Cloud Resource Name (ARN) of the RAM role of the Container Registry Enterprise Edition instance to grant the elastic container instance to assume the RAM role to push images.
      *
      * @param request CommitContainerRequest
      * @return CommitContainerResponse
     */
    async commitContainer(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.commitContainerWithOptions(request, runtime);
    }
    /**
      * You cannot directly use a DataCache across regions. You can call this operation to copy a DataCache from one region to another region. This operation is suitable for the following scenarios:
      * *   If you want to use a DataCache across regions and the DataCache exists in Region A, you can call this operation to quickly copy the DataCache to Region B.
      * *   If you directly pull data from a region outside China to a region inside the Chinese mainland when you create a DataCache, the data may be pulled at a slow speed due to network limits. In this case, you can create a DataCache in a region outside the Chinese mainland but inside China, such as the China (Hong Kong) region, and call this operation to copy the data to the region inside the Chinese mainland.
      * > The process of copying a DataCache is equivalent to copying a snapshot. You are charged for the traffic generated during the copy process and the storage of the generated DataCache.
      *
      * @param request CopyDataCacheRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CopyDataCacheResponse
     */
    async copyDataCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.bucket)) {
            query["Bucket"] = request.bucket;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheId)) {
            query["DataCacheId"] = request.dataCacheId;
        }
        if (!tea_util_1.default.isUnset(request.destinationRegionId)) {
            query["DestinationRegionId"] = request.destinationRegionId;
        }
        if (!tea_util_1.default.isUnset(request.name)) {
            query["Name"] = request.name;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.path)) {
            query["Path"] = request.path;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.retentionDays)) {
            query["RetentionDays"] = request.retentionDays;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CopyDataCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CopyDataCacheResponse({}));
    }
    /**
      * You cannot directly use a DataCache across regions. You can call this operation to copy a DataCache from one region to another region. This operation is suitable for the following scenarios:
      * *   If you want to use a DataCache across regions and the DataCache exists in Region A, you can call this operation to quickly copy the DataCache to Region B.
      * *   If you directly pull data from a region outside China to a region inside the Chinese mainland when you create a DataCache, the data may be pulled at a slow speed due to network limits. In this case, you can create a DataCache in a region outside the Chinese mainland but inside China, such as the China (Hong Kong) region, and call this operation to copy the data to the region inside the Chinese mainland.
      * > The process of copying a DataCache is equivalent to copying a snapshot. You are charged for the traffic generated during the copy process and the storage of the generated DataCache.
      *
      * @param request CopyDataCacheRequest
      * @return CopyDataCacheResponse
     */
    async copyDataCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.copyDataCacheWithOptions(request, runtime);
    }
    /**
      * When you call the CreateContainerGroup operation to create an elastic container instance, the system creates a service-linked role named AliyunServiceRoleForECI. This role is used to access other Alibaba Cloud services such as Elastic Compute Service (ECS) and Virtual Private Cloud (VPC). For more information, see [Elastic Container Instance service-linked role](~~212914~~).
      * When you create an elastic container instance, you can configure features such as instances, images, and storage based on your business requirements. For information about parameters configured for the features and the description of the parameters, see the following documents:
      * **Instances** You can use one of the following methods to create an elastic container instance:
      * *   [Specify the number of vCPUs and memory size to create an elastic container instance](~~114662~~)
      *     *   [Create job-optimized elastic container instances](~~324246~~)
      *     *   [Ignore special containers during resource adjustment](~~446853~~)
      * *   [Specify ECS instance types to create an elastic container instance](~~114664~~)
      * Both the preceding creation methods support the following features:
      * *   [Specify custom CPU options](~~197781~~)
      * *   [Create a preemptible elastic container instance](~~157759~~)
      * *   [Configure multiple zones](~~157290~~)
      * *   [Configure multiple specifications](~~146468~~)
      * *   [Use tags to manage elastic container instances](~~146608~~)
      * **Images**
      * *   [Configure a container image](~~461311~~)
      * *   [Use the image cache feature to accelerate the creation of an elastic container instance](~~141281~~)
      * *   [Specify a Container Registry Enterprise Edition instance](~~194250~~)
      * *   [Use self-managed image repositories](~~378059~~)
      * **Networking**
      * *   [Create and Associate an EIP](~~99146~~)
      * *   [Assign a security group](~~176237~~)
      * *   [Assign an IPv6 address to an elastic container instance](~~451282~~)
      * *   [Configure maximum bandwidth](~~190635~~)
      * **Storage**
      * *   [Mount a disk volume](~~144571~~)
      * *   [Mount a NAS volume](~~464075~~)
      * *   [Mount an OSS bucket to an elastic container instance as a volume](~~464076~~)
      * *   [Mount an emptyDir volume](~~464078~~)
      * *   [Mount a ConfigFile volume](~~464080~~)
      * *   [Increase the size of the temporary storage space](~~204066~~)
      * **Container configuration**
      * *   [Configure startup commands and arguments for a container](~~94593~~)
      * *   [Use probes to perform health checks on a container](~~99053~~)
      * *   [Obtain metadata by using environment variables](~~141788~~)
      * *   [Configure a security context](~~462313~~)
      * *   [Configure the NTP service](~~462768~~)
      * **Logging and O\\&M**
      * *   [Use environment variables to configure log collection](~~121973~~)
      * *   [Save core files to volumes](~~167801~~)
      *
      * @param request CreateContainerGroupRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CreateContainerGroupResponse
     */
    async createContainerGroupWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.acrRegistryInfo)) {
            query["AcrRegistryInfo"] = request.acrRegistryInfo;
        }
        if (!tea_util_1.default.isUnset(request.activeDeadlineSeconds)) {
            query["ActiveDeadlineSeconds"] = request.activeDeadlineSeconds;
        }
        if (!tea_util_1.default.isUnset(request.autoCreateEip)) {
            query["AutoCreateEip"] = request.autoCreateEip;
        }
        if (!tea_util_1.default.isUnset(request.autoMatchImageCache)) {
            query["AutoMatchImageCache"] = request.autoMatchImageCache;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.container)) {
            query["Container"] = request.container;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupName)) {
            query["ContainerGroupName"] = request.containerGroupName;
        }
        if (!tea_util_1.default.isUnset(request.containerResourceView)) {
            query["ContainerResourceView"] = request.containerResourceView;
        }
        if (!tea_util_1.default.isUnset(request.corePattern)) {
            query["CorePattern"] = request.corePattern;
        }
        if (!tea_util_1.default.isUnset(request.cpu)) {
            query["Cpu"] = request.cpu;
        }
        if (!tea_util_1.default.isUnset(request.cpuArchitecture)) {
            query["CpuArchitecture"] = request.cpuArchitecture;
        }
        if (!tea_util_1.default.isUnset(request.cpuOptionsCore)) {
            query["CpuOptionsCore"] = request.cpuOptionsCore;
        }
        if (!tea_util_1.default.isUnset(request.cpuOptionsNuma)) {
            query["CpuOptionsNuma"] = request.cpuOptionsNuma;
        }
        if (!tea_util_1.default.isUnset(request.cpuOptionsThreadsPerCore)) {
            query["CpuOptionsThreadsPerCore"] = request.cpuOptionsThreadsPerCore;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheBucket)) {
            query["DataCacheBucket"] = request.dataCacheBucket;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheBurstingEnabled)) {
            query["DataCacheBurstingEnabled"] = request.dataCacheBurstingEnabled;
        }
        if (!tea_util_1.default.isUnset(request.dataCachePL)) {
            query["DataCachePL"] = request.dataCachePL;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheProvisionedIops)) {
            query["DataCacheProvisionedIops"] = request.dataCacheProvisionedIops;
        }
        if (!tea_util_1.default.isUnset(request.dnsPolicy)) {
            query["DnsPolicy"] = request.dnsPolicy;
        }
        if (!tea_util_1.default.isUnset(request.dryRun)) {
            query["DryRun"] = request.dryRun;
        }
        if (!tea_util_1.default.isUnset(request.egressBandwidth)) {
            query["EgressBandwidth"] = request.egressBandwidth;
        }
        if (!tea_util_1.default.isUnset(request.eipBandwidth)) {
            query["EipBandwidth"] = request.eipBandwidth;
        }
        if (!tea_util_1.default.isUnset(request.eipCommonBandwidthPackage)) {
            query["EipCommonBandwidthPackage"] = request.eipCommonBandwidthPackage;
        }
        if (!tea_util_1.default.isUnset(request.eipISP)) {
            query["EipISP"] = request.eipISP;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.ephemeralStorage)) {
            query["EphemeralStorage"] = request.ephemeralStorage;
        }
        if (!tea_util_1.default.isUnset(request.fixedIp)) {
            query["FixedIp"] = request.fixedIp;
        }
        if (!tea_util_1.default.isUnset(request.fixedIpRetainHour)) {
            query["FixedIpRetainHour"] = request.fixedIpRetainHour;
        }
        if (!tea_util_1.default.isUnset(request.hostAliase)) {
            query["HostAliase"] = request.hostAliase;
        }
        if (!tea_util_1.default.isUnset(request.hostName)) {
            query["HostName"] = request.hostName;
        }
        if (!tea_util_1.default.isUnset(request.imageAccelerateMode)) {
            query["ImageAccelerateMode"] = request.imageAccelerateMode;
        }
        if (!tea_util_1.default.isUnset(request.imageRegistryCredential)) {
            query["ImageRegistryCredential"] = request.imageRegistryCredential;
        }
        if (!tea_util_1.default.isUnset(request.imageSnapshotId)) {
            query["ImageSnapshotId"] = request.imageSnapshotId;
        }
        if (!tea_util_1.default.isUnset(request.ingressBandwidth)) {
            query["IngressBandwidth"] = request.ingressBandwidth;
        }
        if (!tea_util_1.default.isUnset(request.initContainer)) {
            query["InitContainer"] = request.initContainer;
        }
        if (!tea_util_1.default.isUnset(request.insecureRegistry)) {
            query["InsecureRegistry"] = request.insecureRegistry;
        }
        if (!tea_util_1.default.isUnset(request.instanceType)) {
            query["InstanceType"] = request.instanceType;
        }
        if (!tea_util_1.default.isUnset(request.ipv6AddressCount)) {
            query["Ipv6AddressCount"] = request.ipv6AddressCount;
        }
        if (!tea_util_1.default.isUnset(request.ipv6GatewayBandwidth)) {
            query["Ipv6GatewayBandwidth"] = request.ipv6GatewayBandwidth;
        }
        if (!tea_util_1.default.isUnset(request.ipv6GatewayBandwidthEnable)) {
            query["Ipv6GatewayBandwidthEnable"] = request.ipv6GatewayBandwidthEnable;
        }
        if (!tea_util_1.default.isUnset(request.memory)) {
            query["Memory"] = request.memory;
        }
        if (!tea_util_1.default.isUnset(request.ntpServer)) {
            query["NtpServer"] = request.ntpServer;
        }
        if (!tea_util_1.default.isUnset(request.osType)) {
            query["OsType"] = request.osType;
        }
        if (!tea_util_1.default.isUnset(request.overheadReservationOption)) {
            query["OverheadReservationOption"] = request.overheadReservationOption;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.plainHttpRegistry)) {
            query["PlainHttpRegistry"] = request.plainHttpRegistry;
        }
        if (!tea_util_1.default.isUnset(request.privateIpAddress)) {
            query["PrivateIpAddress"] = request.privateIpAddress;
        }
        if (!tea_util_1.default.isUnset(request.ramRoleName)) {
            query["RamRoleName"] = request.ramRoleName;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.restartPolicy)) {
            query["RestartPolicy"] = request.restartPolicy;
        }
        if (!tea_util_1.default.isUnset(request.scheduleStrategy)) {
            query["ScheduleStrategy"] = request.scheduleStrategy;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.shareProcessNamespace)) {
            query["ShareProcessNamespace"] = request.shareProcessNamespace;
        }
        if (!tea_util_1.default.isUnset(request.spotDuration)) {
            query["SpotDuration"] = request.spotDuration;
        }
        if (!tea_util_1.default.isUnset(request.spotPriceLimit)) {
            query["SpotPriceLimit"] = request.spotPriceLimit;
        }
        if (!tea_util_1.default.isUnset(request.spotStrategy)) {
            query["SpotStrategy"] = request.spotStrategy;
        }
        if (!tea_util_1.default.isUnset(request.strictSpot)) {
            query["StrictSpot"] = request.strictSpot;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.terminationGracePeriodSeconds)) {
            query["TerminationGracePeriodSeconds"] = request.terminationGracePeriodSeconds;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.volume)) {
            query["Volume"] = request.volume;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        if (!tea_util_1.default.isUnset(request.dnsConfig)) {
            query["DnsConfig"] = request.dnsConfig;
        }
        if (!tea_util_1.default.isUnset(request.hostSecurityContext)) {
            query["HostSecurityContext"] = request.hostSecurityContext;
        }
        if (!tea_util_1.default.isUnset(request.securityContext)) {
            query["SecurityContext"] = request.securityContext;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CreateContainerGroup",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CreateContainerGroupResponse({}));
    }
    /**
      * When you call the CreateContainerGroup operation to create an elastic container instance, the system creates a service-linked role named AliyunServiceRoleForECI. This role is used to access other Alibaba Cloud services such as Elastic Compute Service (ECS) and Virtual Private Cloud (VPC). For more information, see [Elastic Container Instance service-linked role](~~212914~~).
      * When you create an elastic container instance, you can configure features such as instances, images, and storage based on your business requirements. For information about parameters configured for the features and the description of the parameters, see the following documents:
      * **Instances** You can use one of the following methods to create an elastic container instance:
      * *   [Specify the number of vCPUs and memory size to create an elastic container instance](~~114662~~)
      *     *   [Create job-optimized elastic container instances](~~324246~~)
      *     *   [Ignore special containers during resource adjustment](~~446853~~)
      * *   [Specify ECS instance types to create an elastic container instance](~~114664~~)
      * Both the preceding creation methods support the following features:
      * *   [Specify custom CPU options](~~197781~~)
      * *   [Create a preemptible elastic container instance](~~157759~~)
      * *   [Configure multiple zones](~~157290~~)
      * *   [Configure multiple specifications](~~146468~~)
      * *   [Use tags to manage elastic container instances](~~146608~~)
      * **Images**
      * *   [Configure a container image](~~461311~~)
      * *   [Use the image cache feature to accelerate the creation of an elastic container instance](~~141281~~)
      * *   [Specify a Container Registry Enterprise Edition instance](~~194250~~)
      * *   [Use self-managed image repositories](~~378059~~)
      * **Networking**
      * *   [Create and Associate an EIP](~~99146~~)
      * *   [Assign a security group](~~176237~~)
      * *   [Assign an IPv6 address to an elastic container instance](~~451282~~)
      * *   [Configure maximum bandwidth](~~190635~~)
      * **Storage**
      * *   [Mount a disk volume](~~144571~~)
      * *   [Mount a NAS volume](~~464075~~)
      * *   [Mount an OSS bucket to an elastic container instance as a volume](~~464076~~)
      * *   [Mount an emptyDir volume](~~464078~~)
      * *   [Mount a ConfigFile volume](~~464080~~)
      * *   [Increase the size of the temporary storage space](~~204066~~)
      * **Container configuration**
      * *   [Configure startup commands and arguments for a container](~~94593~~)
      * *   [Use probes to perform health checks on a container](~~99053~~)
      * *   [Obtain metadata by using environment variables](~~141788~~)
      * *   [Configure a security context](~~462313~~)
      * *   [Configure the NTP service](~~462768~~)
      * **Logging and O\\&M**
      * *   [Use environment variables to configure log collection](~~121973~~)
      * *   [Save core files to volumes](~~167801~~)
      *
      * @param request CreateContainerGroupRequest
      * @return CreateContainerGroupResponse
     */
    async createContainerGroup(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.createContainerGroupWithOptions(request, runtime);
    }
    /**
      * *   You are charged for the creation of image caches. We recommend that you learn the relevant billing information in advance. For more information, see [DataCaches](~~2503093~~).
      * *   Before you create an image cache, you must evaluate the size of the data to be cached. If the size of the data exceeds the specified cache size, the image cache fails to be created.
      * *   When a data cache is being created, the system automatically creates a temporary elastic container instance (ECI) and an enhanced SSD (ESSD) for the data cache. During the creation, do not delete the ECI and ESSD. Otherwise, the data cache fails to be created.
      * *   When a data cache is being created, a snapshot is generated for the data cache. Do not delete the snapshot. Otherwise, the data cache becomes invalid.
      *
      * @param request CreateDataCacheRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CreateDataCacheResponse
     */
    async createDataCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.bucket)) {
            query["Bucket"] = request.bucket;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.dataSource)) {
            query["DataSource"] = request.dataSource;
        }
        if (!tea_util_1.default.isUnset(request.eipCreateParam)) {
            query["EipCreateParam"] = request.eipCreateParam;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.name)) {
            query["Name"] = request.name;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.path)) {
            query["Path"] = request.path;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.retentionDays)) {
            query["RetentionDays"] = request.retentionDays;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.size)) {
            query["Size"] = request.size;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CreateDataCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CreateDataCacheResponse({}));
    }
    /**
      * *   You are charged for the creation of image caches. We recommend that you learn the relevant billing information in advance. For more information, see [DataCaches](~~2503093~~).
      * *   Before you create an image cache, you must evaluate the size of the data to be cached. If the size of the data exceeds the specified cache size, the image cache fails to be created.
      * *   When a data cache is being created, the system automatically creates a temporary elastic container instance (ECI) and an enhanced SSD (ESSD) for the data cache. During the creation, do not delete the ECI and ESSD. Otherwise, the data cache fails to be created.
      * *   When a data cache is being created, a snapshot is generated for the data cache. Do not delete the snapshot. Otherwise, the data cache becomes invalid.
      *
      * @param request CreateDataCacheRequest
      * @return CreateDataCacheResponse
     */
    async createDataCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.createDataCacheWithOptions(request, runtime);
    }
    /**
      * *   **Precautions**
      *     *   You are charged for creation of image caches. We recommend that you learn the relevant billing information in advance. For more information about billing of image caches, see [Image caches](~~447682~~).
      *     *   Before you create an image cache, you must estimate the total size of the images that you want to cache. If the total size of the images exceeds the specified cache size, the image cache cannot be created.
      *     *   When an image cache is being created, the system creates an intermediate elastic container instance and an intermediate enhanced SSD (ESSD) at performance level 1 (PL1). Do not delete the intermediate instance and the ESSD while the image cache is being created. If you delete the intermediate instance or the ESSD, the image cache cannot be created.
      *     *   A temporary local snapshot and a specific number of regular snapshots are generated during the creation of the image cache. Do not delete these snapshots. If you delete these snapshots, the image cache becomes invalid.
      *     *   If you use SDKs, SDK for Java 1.0.10 or later and SDK for Python 1.0.7 or later are supported.
      * *   **Usage notes**
      *     *   For images that are created based on Container Registry Enterprise Edition instances and use custom domain names, if you want to configure password-free access to the image caches, you must use AcrRegistryInfo-related parameters to specify Container Registry instances. When you configure AcrRegistryInfo-related parameters, you must set the AcrRegistryInfo.N.InstanceId parameter.
      *     *   If the image cache that you created will be used to create more than 1,000 elastic container instances at a time, we recommend that you use the StandardCopyCount and FlashCopyCount parameters to create multiple temporary local snapshots and regular snapshots of the image. The multiple snapshots are billed based on incremental data. If no incremental data exists on the multiple snapshots, you are not charged for the multiple snapshots.
      * >  When you call the CreateImageCache operation to create an image cache, the system automatically creates a service-linked role named AliyunServiceRoleForECI. The role is used to access other Alibaba Cloud services such as Elastic Compute Service (ECS) and Virtual Private Cloud (VPC). For more information, see [Elastic Container Instance service-linked role](~~212914~~).
      *
      * @param request CreateImageCacheRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CreateImageCacheResponse
     */
    async createImageCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.acrRegistryInfo)) {
            query["AcrRegistryInfo"] = request.acrRegistryInfo;
        }
        if (!tea_util_1.default.isUnset(request.annotations)) {
            query["Annotations"] = request.annotations;
        }
        if (!tea_util_1.default.isUnset(request.autoMatchImageCache)) {
            query["AutoMatchImageCache"] = request.autoMatchImageCache;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.eliminationStrategy)) {
            query["EliminationStrategy"] = request.eliminationStrategy;
        }
        if (!tea_util_1.default.isUnset(request.flash)) {
            query["Flash"] = request.flash;
        }
        if (!tea_util_1.default.isUnset(request.flashCopyCount)) {
            query["FlashCopyCount"] = request.flashCopyCount;
        }
        if (!tea_util_1.default.isUnset(request.image)) {
            query["Image"] = request.image;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheName)) {
            query["ImageCacheName"] = request.imageCacheName;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheSize)) {
            query["ImageCacheSize"] = request.imageCacheSize;
        }
        if (!tea_util_1.default.isUnset(request.imageRegistryCredential)) {
            query["ImageRegistryCredential"] = request.imageRegistryCredential;
        }
        if (!tea_util_1.default.isUnset(request.insecureRegistry)) {
            query["InsecureRegistry"] = request.insecureRegistry;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.plainHttpRegistry)) {
            query["PlainHttpRegistry"] = request.plainHttpRegistry;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.retentionDays)) {
            query["RetentionDays"] = request.retentionDays;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.standardCopyCount)) {
            query["StandardCopyCount"] = request.standardCopyCount;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CreateImageCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CreateImageCacheResponse({}));
    }
    /**
      * *   **Precautions**
      *     *   You are charged for creation of image caches. We recommend that you learn the relevant billing information in advance. For more information about billing of image caches, see [Image caches](~~447682~~).
      *     *   Before you create an image cache, you must estimate the total size of the images that you want to cache. If the total size of the images exceeds the specified cache size, the image cache cannot be created.
      *     *   When an image cache is being created, the system creates an intermediate elastic container instance and an intermediate enhanced SSD (ESSD) at performance level 1 (PL1). Do not delete the intermediate instance and the ESSD while the image cache is being created. If you delete the intermediate instance or the ESSD, the image cache cannot be created.
      *     *   A temporary local snapshot and a specific number of regular snapshots are generated during the creation of the image cache. Do not delete these snapshots. If you delete these snapshots, the image cache becomes invalid.
      *     *   If you use SDKs, SDK for Java 1.0.10 or later and SDK for Python 1.0.7 or later are supported.
      * *   **Usage notes**
      *     *   For images that are created based on Container Registry Enterprise Edition instances and use custom domain names, if you want to configure password-free access to the image caches, you must use AcrRegistryInfo-related parameters to specify Container Registry instances. When you configure AcrRegistryInfo-related parameters, you must set the AcrRegistryInfo.N.InstanceId parameter.
      *     *   If the image cache that you created will be used to create more than 1,000 elastic container instances at a time, we recommend that you use the StandardCopyCount and FlashCopyCount parameters to create multiple temporary local snapshots and regular snapshots of the image. The multiple snapshots are billed based on incremental data. If no incremental data exists on the multiple snapshots, you are not charged for the multiple snapshots.
      * >  When you call the CreateImageCache operation to create an image cache, the system automatically creates a service-linked role named AliyunServiceRoleForECI. The role is used to access other Alibaba Cloud services such as Elastic Compute Service (ECS) and Virtual Private Cloud (VPC). For more information, see [Elastic Container Instance service-linked role](~~212914~~).
      *
      * @param request CreateImageCacheRequest
      * @return CreateImageCacheResponse
     */
    async createImageCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.createImageCacheWithOptions(request, runtime);
    }
    /**
      * O&M tasks are classified into:
      * *   coredump: After you enable coredump, the system generates a core dump file when a container unexpectedly stops. You can use the core dump file to analyze the exception and find out the cause of the problem. For more information, see [Enable coredump](~~167801~~).
      * *   tcpdump: After you enable tcpdump, the system captures network packets when a container unexpectedly stops. You can analyze the packets and locate network problems. For more information, see Enable [tcpdump](~~429749~~).
      *
      * @param request CreateInstanceOpsTaskRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CreateInstanceOpsTaskResponse
     */
    async createInstanceOpsTaskWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.opsType)) {
            query["OpsType"] = request.opsType;
        }
        if (!tea_util_1.default.isUnset(request.opsValue)) {
            query["OpsValue"] = request.opsValue;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CreateInstanceOpsTask",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CreateInstanceOpsTaskResponse({}));
    }
    /**
      * O&M tasks are classified into:
      * *   coredump: After you enable coredump, the system generates a core dump file when a container unexpectedly stops. You can use the core dump file to analyze the exception and find out the cause of the problem. For more information, see [Enable coredump](~~167801~~).
      * *   tcpdump: After you enable tcpdump, the system captures network packets when a container unexpectedly stops. You can analyze the packets and locate network problems. For more information, see Enable [tcpdump](~~429749~~).
      *
      * @param request CreateInstanceOpsTaskRequest
      * @return CreateInstanceOpsTaskResponse
     */
    async createInstanceOpsTask(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.createInstanceOpsTaskWithOptions(request, runtime);
    }
    /**
      * *   When you call this operation to create a virtual node, the system automatically creates a service-linked role AliyunServiceRoleForECIVnode. This way, you can use the service-linked role to access relevant cloud services such as Elastic Container Instance, Elastic Compute Service (ECS), and Virtual Private Cloud (VPC). For more information, see [Service-linked role for virtual nodes](~~311014~~).
      * *   You are charged for virtual nodes based on number of virtual nodes that you use. Each virtual node has a resident node, which is equivalent to an ECI instance with 2 vCPU cores and 8 GiB memory. You are charged for virtual nodes based on elastic container instances.
      *
      * @param request CreateVirtualNodeRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return CreateVirtualNodeResponse
     */
    async createVirtualNodeWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.clusterDNS)) {
            query["ClusterDNS"] = request.clusterDNS;
        }
        if (!tea_util_1.default.isUnset(request.clusterDomain)) {
            query["ClusterDomain"] = request.clusterDomain;
        }
        if (!tea_util_1.default.isUnset(request.customResources)) {
            query["CustomResources"] = request.customResources;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.enablePublicNetwork)) {
            query["EnablePublicNetwork"] = request.enablePublicNetwork;
        }
        if (!tea_util_1.default.isUnset(request.kubeConfig)) {
            query["KubeConfig"] = request.kubeConfig;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.taint)) {
            query["Taint"] = request.taint;
        }
        if (!tea_util_1.default.isUnset(request.tlsBootstrapEnabled)) {
            query["TlsBootstrapEnabled"] = request.tlsBootstrapEnabled;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeName)) {
            query["VirtualNodeName"] = request.virtualNodeName;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "CreateVirtualNode",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new CreateVirtualNodeResponse({}));
    }
    /**
      * *   When you call this operation to create a virtual node, the system automatically creates a service-linked role AliyunServiceRoleForECIVnode. This way, you can use the service-linked role to access relevant cloud services such as Elastic Container Instance, Elastic Compute Service (ECS), and Virtual Private Cloud (VPC). For more information, see [Service-linked role for virtual nodes](~~311014~~).
      * *   You are charged for virtual nodes based on number of virtual nodes that you use. Each virtual node has a resident node, which is equivalent to an ECI instance with 2 vCPU cores and 8 GiB memory. You are charged for virtual nodes based on elastic container instances.
      *
      * @param request CreateVirtualNodeRequest
      * @return CreateVirtualNodeResponse
     */
    async createVirtualNode(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.createVirtualNodeWithOptions(request, runtime);
    }
    async deleteContainerGroupWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DeleteContainerGroup",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DeleteContainerGroupResponse({}));
    }
    async deleteContainerGroup(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.deleteContainerGroupWithOptions(request, runtime);
    }
    async deleteDataCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.bucket)) {
            query["Bucket"] = request.bucket;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheId)) {
            query["DataCacheId"] = request.dataCacheId;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.path)) {
            query["Path"] = request.path;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DeleteDataCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DeleteDataCacheResponse({}));
    }
    async deleteDataCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.deleteDataCacheWithOptions(request, runtime);
    }
    async deleteImageCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheId)) {
            query["ImageCacheId"] = request.imageCacheId;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DeleteImageCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DeleteImageCacheResponse({}));
    }
    async deleteImageCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.deleteImageCacheWithOptions(request, runtime);
    }
    async deleteVirtualNodeWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeId)) {
            query["VirtualNodeId"] = request.virtualNodeId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DeleteVirtualNode",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DeleteVirtualNodeResponse({}));
    }
    async deleteVirtualNode(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.deleteVirtualNodeWithOptions(request, runtime);
    }
    /**
      * When you call the CreateContainerGroup operation to create an elastic container instance, you can use the InstanceType parameter to specify ECS instance types that fit your specific needs. To ensure that the elastic container instance can be created, you can call the DescribeAvailableResource operation to query which ECS instance types and instance families are available in the specified region and zone before you create the elastic container instance.
      *
      * @param request DescribeAvailableResourceRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeAvailableResourceResponse
     */
    async describeAvailableResourceWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.destinationResource)) {
            query["DestinationResource"] = request.destinationResource;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.spotResource)) {
            query["SpotResource"] = request.spotResource;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeAvailableResource",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeAvailableResourceResponse({}));
    }
    /**
      * When you call the CreateContainerGroup operation to create an elastic container instance, you can use the InstanceType parameter to specify ECS instance types that fit your specific needs. To ensure that the elastic container instance can be created, you can call the DescribeAvailableResource operation to query which ECS instance types and instance families are available in the specified region and zone before you create the elastic container instance.
      *
      * @param request DescribeAvailableResourceRequest
      * @return DescribeAvailableResourceResponse
     */
    async describeAvailableResource(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeAvailableResourceWithOptions(request, runtime);
    }
    async describeCommitContainerTaskWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.maxResults)) {
            query["MaxResults"] = request.maxResults;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.taskId)) {
            query["TaskId"] = request.taskId;
        }
        if (!tea_util_1.default.isUnset(request.taskStatus)) {
            query["TaskStatus"] = request.taskStatus;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeCommitContainerTask",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeCommitContainerTaskResponse({}));
    }
    async describeCommitContainerTask(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeCommitContainerTaskWithOptions(request, runtime);
    }
    /**
      * You can call this operation to query the event information about multiple elastic container instances at a time. By default, the most recent 50 entries of events of each elastic container instance are returned.
      *
      * @param request DescribeContainerGroupEventsRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeContainerGroupEventsResponse
     */
    async describeContainerGroupEventsWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupIds)) {
            query["ContainerGroupIds"] = request.containerGroupIds;
        }
        if (!tea_util_1.default.isUnset(request.eventSource)) {
            query["EventSource"] = request.eventSource;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.sinceSecond)) {
            query["SinceSecond"] = request.sinceSecond;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerGroupEvents",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerGroupEventsResponse({}));
    }
    /**
      * You can call this operation to query the event information about multiple elastic container instances at a time. By default, the most recent 50 entries of events of each elastic container instance are returned.
      *
      * @param request DescribeContainerGroupEventsRequest
      * @return DescribeContainerGroupEventsResponse
     */
    async describeContainerGroupEvents(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerGroupEventsWithOptions(request, runtime);
    }
    /**
      * *   A maximum of 50 monitoring data entries can be returned. If the number of monitoring data entries exceeds this limit, an error message is returned.
      * *   You can query real-time monitoring data (data generated within the last 5 minutes) and historical data (data generated more than 5 minutes ago). If the time range to query starts or ends later than the current time, historical monitoring data generated more than 5 minutes ago is returned.
      * *   The elastic container instance whose monitoring data you want to query must be created after April 3, 2019, 15:00 UTC+8.
      *
      * @param request DescribeContainerGroupMetricRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeContainerGroupMetricResponse
     */
    async describeContainerGroupMetricWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.endTime)) {
            query["EndTime"] = request.endTime;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.period)) {
            query["Period"] = request.period;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.startTime)) {
            query["StartTime"] = request.startTime;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerGroupMetric",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerGroupMetricResponse({}));
    }
    /**
      * *   A maximum of 50 monitoring data entries can be returned. If the number of monitoring data entries exceeds this limit, an error message is returned.
      * *   You can query real-time monitoring data (data generated within the last 5 minutes) and historical data (data generated more than 5 minutes ago). If the time range to query starts or ends later than the current time, historical monitoring data generated more than 5 minutes ago is returned.
      * *   The elastic container instance whose monitoring data you want to query must be created after April 3, 2019, 15:00 UTC+8.
      *
      * @param request DescribeContainerGroupMetricRequest
      * @return DescribeContainerGroupMetricResponse
     */
    async describeContainerGroupMetric(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerGroupMetricWithOptions(request, runtime);
    }
    /**
      * *   When you call this operation, you cannot use resource groups to control the permissions of a RAM user.
      * *   You can create an elastic container instance by specifying vCPU and memory resource specifications or by specifying ECS instance types. When you call this operation to query the prices of elastic container instances, pass in specifications of the elastic container instances.
      *     *   [vCPU and memory specifications](~~114662~~).
      *     *   [ECS instance types that are supported by Elastic Container Instance](~~114664~~).
      *
      * @param request DescribeContainerGroupPriceRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeContainerGroupPriceResponse
     */
    async describeContainerGroupPriceWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.cpu)) {
            query["Cpu"] = request.cpu;
        }
        if (!tea_util_1.default.isUnset(request.ephemeralStorage)) {
            query["EphemeralStorage"] = request.ephemeralStorage;
        }
        if (!tea_util_1.default.isUnset(request.instanceType)) {
            query["InstanceType"] = request.instanceType;
        }
        if (!tea_util_1.default.isUnset(request.memory)) {
            query["Memory"] = request.memory;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.spotDuration)) {
            query["SpotDuration"] = request.spotDuration;
        }
        if (!tea_util_1.default.isUnset(request.spotPriceLimit)) {
            query["SpotPriceLimit"] = request.spotPriceLimit;
        }
        if (!tea_util_1.default.isUnset(request.spotStrategy)) {
            query["SpotStrategy"] = request.spotStrategy;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerGroupPrice",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerGroupPriceResponse({}));
    }
    /**
      * *   When you call this operation, you cannot use resource groups to control the permissions of a RAM user.
      * *   You can create an elastic container instance by specifying vCPU and memory resource specifications or by specifying ECS instance types. When you call this operation to query the prices of elastic container instances, pass in specifications of the elastic container instances.
      *     *   [vCPU and memory specifications](~~114662~~).
      *     *   [ECS instance types that are supported by Elastic Container Instance](~~114664~~).
      *
      * @param request DescribeContainerGroupPriceRequest
      * @return DescribeContainerGroupPriceResponse
     */
    async describeContainerGroupPrice(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerGroupPriceWithOptions(request, runtime);
    }
    async describeContainerGroupStatusWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupIds)) {
            query["ContainerGroupIds"] = request.containerGroupIds;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.sinceSecond)) {
            query["SinceSecond"] = request.sinceSecond;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerGroupStatus",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerGroupStatusResponse({}));
    }
    async describeContainerGroupStatus(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerGroupStatusWithOptions(request, runtime);
    }
    /**
      * *   After an elastic container instance is terminated, its underlying computing resources are recycled. By default, other resources, such as elastic IP addresses (EIPs), that are created together with the instance are released together with the instance.
      * *   The metadata of an instance in the final status (Failed, Succeeded, or Expired) is retained based on the following rules:
      *     *   All metadata information is retained within 1 hour since the instance enters the final status.
      *     *   One hour after the instance enters the final status, only the latest 100 entries of metadata information in each region are retained.
      *
      * @param request DescribeContainerGroupsRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeContainerGroupsResponse
     */
    async describeContainerGroupsWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupIds)) {
            query["ContainerGroupIds"] = request.containerGroupIds;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupName)) {
            query["ContainerGroupName"] = request.containerGroupName;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.status)) {
            query["Status"] = request.status;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        if (!tea_util_1.default.isUnset(request.withEvent)) {
            query["WithEvent"] = request.withEvent;
        }
        if (!tea_util_1.default.isUnset(request.zoneId)) {
            query["ZoneId"] = request.zoneId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerGroups",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerGroupsResponse({}));
    }
    /**
      * *   After an elastic container instance is terminated, its underlying computing resources are recycled. By default, other resources, such as elastic IP addresses (EIPs), that are created together with the instance are released together with the instance.
      * *   The metadata of an instance in the final status (Failed, Succeeded, or Expired) is retained based on the following rules:
      *     *   All metadata information is retained within 1 hour since the instance enters the final status.
      *     *   One hour after the instance enters the final status, only the latest 100 entries of metadata information in each region are retained.
      *
      * @param request DescribeContainerGroupsRequest
      * @return DescribeContainerGroupsResponse
     */
    async describeContainerGroups(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerGroupsWithOptions(request, runtime);
    }
    async describeContainerLogWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.containerName)) {
            query["ContainerName"] = request.containerName;
        }
        if (!tea_util_1.default.isUnset(request.lastTime)) {
            query["LastTime"] = request.lastTime;
        }
        if (!tea_util_1.default.isUnset(request.limitBytes)) {
            query["LimitBytes"] = request.limitBytes;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.sinceSeconds)) {
            query["SinceSeconds"] = request.sinceSeconds;
        }
        if (!tea_util_1.default.isUnset(request.startTime)) {
            query["StartTime"] = request.startTime;
        }
        if (!tea_util_1.default.isUnset(request.tail)) {
            query["Tail"] = request.tail;
        }
        if (!tea_util_1.default.isUnset(request.timestamps)) {
            query["Timestamps"] = request.timestamps;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeContainerLog",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeContainerLogResponse({}));
    }
    async describeContainerLog(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeContainerLogWithOptions(request, runtime);
    }
    async describeDataCachesWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.bucket)) {
            query["Bucket"] = request.bucket;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheId)) {
            query["DataCacheId"] = request.dataCacheId;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.path)) {
            query["Path"] = request.path;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeDataCaches",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeDataCachesResponse({}));
    }
    async describeDataCaches(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeDataCachesWithOptions(request, runtime);
    }
    async describeImageCachesWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.image)) {
            query["Image"] = request.image;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheId)) {
            query["ImageCacheId"] = request.imageCacheId;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheName)) {
            query["ImageCacheName"] = request.imageCacheName;
        }
        if (!tea_util_1.default.isUnset(request.imageFullMatch)) {
            query["ImageFullMatch"] = request.imageFullMatch;
        }
        if (!tea_util_1.default.isUnset(request.imageMatchCountRequest)) {
            query["ImageMatchCountRequest"] = request.imageMatchCountRequest;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.matchImage)) {
            query["MatchImage"] = request.matchImage;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.snapshotId)) {
            query["SnapshotId"] = request.snapshotId;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeImageCaches",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeImageCachesResponse({}));
    }
    async describeImageCaches(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeImageCachesWithOptions(request, runtime);
    }
    async describeInstanceOpsRecordsWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.opsType)) {
            query["OpsType"] = request.opsType;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeInstanceOpsRecords",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeInstanceOpsRecordsResponse({}));
    }
    async describeInstanceOpsRecords(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeInstanceOpsRecordsWithOptions(request, runtime);
    }
    /**
      * *   Only the latest entry of monitoring data of each elastic container instance is returned.
      * *   You can query only the monitoring data of elastic container instances that are created after April 3, 2019 15:00:00 UTC+8.
      *
      * @param request DescribeMultiContainerGroupMetricRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return DescribeMultiContainerGroupMetricResponse
     */
    async describeMultiContainerGroupMetricWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.containerGroupIds)) {
            query["ContainerGroupIds"] = request.containerGroupIds;
        }
        if (!tea_util_1.default.isUnset(request.metricType)) {
            query["MetricType"] = request.metricType;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeMultiContainerGroupMetric",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeMultiContainerGroupMetricResponse({}));
    }
    /**
      * *   Only the latest entry of monitoring data of each elastic container instance is returned.
      * *   You can query only the monitoring data of elastic container instances that are created after April 3, 2019 15:00:00 UTC+8.
      *
      * @param request DescribeMultiContainerGroupMetricRequest
      * @return DescribeMultiContainerGroupMetricResponse
     */
    async describeMultiContainerGroupMetric(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeMultiContainerGroupMetricWithOptions(request, runtime);
    }
    async describeRegionsWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeRegions",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeRegionsResponse({}));
    }
    async describeRegions(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeRegionsWithOptions(request, runtime);
    }
    async describeVirtualNodesWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.limit)) {
            query["Limit"] = request.limit;
        }
        if (!tea_util_1.default.isUnset(request.nextToken)) {
            query["NextToken"] = request.nextToken;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.status)) {
            query["Status"] = request.status;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeIds)) {
            query["VirtualNodeIds"] = request.virtualNodeIds;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeName)) {
            query["VirtualNodeName"] = request.virtualNodeName;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "DescribeVirtualNodes",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new DescribeVirtualNodesResponse({}));
    }
    async describeVirtualNodes(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.describeVirtualNodesWithOptions(request, runtime);
    }
    async execContainerCommandWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.command)) {
            query["Command"] = request.command;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.containerName)) {
            query["ContainerName"] = request.containerName;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.stdin)) {
            query["Stdin"] = request.stdin;
        }
        if (!tea_util_1.default.isUnset(request.sync)) {
            query["Sync"] = request.sync;
        }
        if (!tea_util_1.default.isUnset(request.TTY)) {
            query["TTY"] = request.TTY;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "ExecContainerCommand",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new ExecContainerCommandResponse({}));
    }
    async execContainerCommand(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.execContainerCommandWithOptions(request, runtime);
    }
    /**
      * This operation does not support resource group authentication.
      *
      * @param request ListUsageRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return ListUsageResponse
     */
    async listUsageWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "ListUsage",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new ListUsageResponse({}));
    }
    /**
      * This operation does not support resource group authentication.
      *
      * @param request ListUsageRequest
      * @return ListUsageResponse
     */
    async listUsage(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.listUsageWithOptions(request, runtime);
    }
    /**
      * You can scale up volumes by calling this operation. You cannot scale down volumes by calling this operation. Only volumes of Alibaba Cloud disks can be scaled up.
      *
      * @param request ResizeContainerGroupVolumeRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return ResizeContainerGroupVolumeResponse
     */
    async resizeContainerGroupVolumeWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.newSize)) {
            query["NewSize"] = request.newSize;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.volumeName)) {
            query["VolumeName"] = request.volumeName;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "ResizeContainerGroupVolume",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new ResizeContainerGroupVolumeResponse({}));
    }
    /**
      * You can scale up volumes by calling this operation. You cannot scale down volumes by calling this operation. Only volumes of Alibaba Cloud disks can be scaled up.
      *
      * @param request ResizeContainerGroupVolumeRequest
      * @return ResizeContainerGroupVolumeResponse
     */
    async resizeContainerGroupVolume(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.resizeContainerGroupVolumeWithOptions(request, runtime);
    }
    /**
      * *   Only elastic container instances that are in the Pending or Running state can be restarted. Instances that are in the Succeeded or Failed state cannot be restarted.
      * *   Elastic container instances that were created before 15:00:00 on March 7, 2019 cannot be restarted.
      * *   When an elastic container instance is being restarted, its status changes into Restarting.
      *
      * @param request RestartContainerGroupRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return RestartContainerGroupResponse
     */
    async restartContainerGroupWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "RestartContainerGroup",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new RestartContainerGroupResponse({}));
    }
    /**
      * *   Only elastic container instances that are in the Pending or Running state can be restarted. Instances that are in the Succeeded or Failed state cannot be restarted.
      * *   Elastic container instances that were created before 15:00:00 on March 7, 2019 cannot be restarted.
      * *   When an elastic container instance is being restarted, its status changes into Restarting.
      *
      * @param request RestartContainerGroupRequest
      * @return RestartContainerGroupResponse
     */
    async restartContainerGroup(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.restartContainerGroupWithOptions(request, runtime);
    }
    /**
      * *   You can update only elastic container instances that are in the Pending or Running state. After you call this operation to update an elastic container instance, the instance enters the Updating state.
      * *   You cannot update elastic container instances that were created before 15:00:00 March 7, 2019.
      *
      * @param request UpdateContainerGroupRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return UpdateContainerGroupResponse
     */
    async updateContainerGroupWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.acrRegistryInfo)) {
            query["AcrRegistryInfo"] = request.acrRegistryInfo;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.container)) {
            query["Container"] = request.container;
        }
        if (!tea_util_1.default.isUnset(request.containerGroupId)) {
            query["ContainerGroupId"] = request.containerGroupId;
        }
        if (!tea_util_1.default.isUnset(request.cpu)) {
            query["Cpu"] = request.cpu;
        }
        if (!tea_util_1.default.isUnset(request.imageRegistryCredential)) {
            query["ImageRegistryCredential"] = request.imageRegistryCredential;
        }
        if (!tea_util_1.default.isUnset(request.initContainer)) {
            query["InitContainer"] = request.initContainer;
        }
        if (!tea_util_1.default.isUnset(request.memory)) {
            query["Memory"] = request.memory;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.restartPolicy)) {
            query["RestartPolicy"] = request.restartPolicy;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.updateType)) {
            query["UpdateType"] = request.updateType;
        }
        if (!tea_util_1.default.isUnset(request.volume)) {
            query["Volume"] = request.volume;
        }
        if (!tea_util_1.default.isUnset(request.dnsConfig)) {
            query["DnsConfig"] = request.dnsConfig;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "UpdateContainerGroup",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new UpdateContainerGroupResponse({}));
    }
    /**
      * *   You can update only elastic container instances that are in the Pending or Running state. After you call this operation to update an elastic container instance, the instance enters the Updating state.
      * *   You cannot update elastic container instances that were created before 15:00:00 March 7, 2019.
      *
      * @param request UpdateContainerGroupRequest
      * @return UpdateContainerGroupResponse
     */
    async updateContainerGroup(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.updateContainerGroupWithOptions(request, runtime);
    }
    async updateDataCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.bucket)) {
            query["Bucket"] = request.bucket;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.dataCacheId)) {
            query["DataCacheId"] = request.dataCacheId;
        }
        if (!tea_util_1.default.isUnset(request.dataSource)) {
            query["DataSource"] = request.dataSource;
        }
        if (!tea_util_1.default.isUnset(request.eipCreateParam)) {
            query["EipCreateParam"] = request.eipCreateParam;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.name)) {
            query["Name"] = request.name;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.retentionDays)) {
            query["RetentionDays"] = request.retentionDays;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.size)) {
            query["Size"] = request.size;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "UpdateDataCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new UpdateDataCacheResponse({}));
    }
    async updateDataCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.updateDataCacheWithOptions(request, runtime);
    }
    /**
      * Only image caches that are in the Ready or UpdateFailed state can be updated.
      *
      * @param request UpdateImageCacheRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return UpdateImageCacheResponse
     */
    async updateImageCacheWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.acrRegistryInfo)) {
            query["AcrRegistryInfo"] = request.acrRegistryInfo;
        }
        if (!tea_util_1.default.isUnset(request.autoMatchImageCache)) {
            query["AutoMatchImageCache"] = request.autoMatchImageCache;
        }
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.eipInstanceId)) {
            query["EipInstanceId"] = request.eipInstanceId;
        }
        if (!tea_util_1.default.isUnset(request.eliminationStrategy)) {
            query["EliminationStrategy"] = request.eliminationStrategy;
        }
        if (!tea_util_1.default.isUnset(request.flash)) {
            query["Flash"] = request.flash;
        }
        if (!tea_util_1.default.isUnset(request.flashCopyCount)) {
            query["FlashCopyCount"] = request.flashCopyCount;
        }
        if (!tea_util_1.default.isUnset(request.image)) {
            query["Image"] = request.image;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheId)) {
            query["ImageCacheId"] = request.imageCacheId;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheName)) {
            query["ImageCacheName"] = request.imageCacheName;
        }
        if (!tea_util_1.default.isUnset(request.imageCacheSize)) {
            query["ImageCacheSize"] = request.imageCacheSize;
        }
        if (!tea_util_1.default.isUnset(request.imageRegistryCredential)) {
            query["ImageRegistryCredential"] = request.imageRegistryCredential;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceGroupId)) {
            query["ResourceGroupId"] = request.resourceGroupId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.retentionDays)) {
            query["RetentionDays"] = request.retentionDays;
        }
        if (!tea_util_1.default.isUnset(request.securityGroupId)) {
            query["SecurityGroupId"] = request.securityGroupId;
        }
        if (!tea_util_1.default.isUnset(request.standardCopyCount)) {
            query["StandardCopyCount"] = request.standardCopyCount;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.vSwitchId)) {
            query["VSwitchId"] = request.vSwitchId;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "UpdateImageCache",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new UpdateImageCacheResponse({}));
    }
    /**
      * Only image caches that are in the Ready or UpdateFailed state can be updated.
      *
      * @param request UpdateImageCacheRequest
      * @return UpdateImageCacheResponse
     */
    async updateImageCache(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.updateImageCacheWithOptions(request, runtime);
    }
    /**
      * ## Usage notes
      * Only virtual nodes that are in the Ready state can be updated.
      *
      * @param request UpdateVirtualNodeRequest
      * @param runtime runtime options for this request RuntimeOptions
      * @return UpdateVirtualNodeResponse
     */
    async updateVirtualNodeWithOptions(request, runtime) {
        tea_util_1.default.validateModel(request);
        let query = {};
        if (!tea_util_1.default.isUnset(request.clientToken)) {
            query["ClientToken"] = request.clientToken;
        }
        if (!tea_util_1.default.isUnset(request.clusterDNS)) {
            query["ClusterDNS"] = request.clusterDNS;
        }
        if (!tea_util_1.default.isUnset(request.clusterDomain)) {
            query["ClusterDomain"] = request.clusterDomain;
        }
        if (!tea_util_1.default.isUnset(request.customResources)) {
            query["CustomResources"] = request.customResources;
        }
        if (!tea_util_1.default.isUnset(request.ownerAccount)) {
            query["OwnerAccount"] = request.ownerAccount;
        }
        if (!tea_util_1.default.isUnset(request.ownerId)) {
            query["OwnerId"] = request.ownerId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.regionId)) {
            query["RegionId"] = request.regionId;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerAccount)) {
            query["ResourceOwnerAccount"] = request.resourceOwnerAccount;
        }
        if (!tea_util_1.default.isUnset(request.resourceOwnerId)) {
            query["ResourceOwnerId"] = request.resourceOwnerId;
        }
        if (!tea_util_1.default.isUnset(request.tag)) {
            query["Tag"] = request.tag;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeId)) {
            query["VirtualNodeId"] = request.virtualNodeId;
        }
        if (!tea_util_1.default.isUnset(request.virtualNodeName)) {
            query["VirtualNodeName"] = request.virtualNodeName;
        }
        let req = new $OpenApi.OpenApiRequest({
            query: openapi_util_1.default.query(query),
        });
        let params = new $OpenApi.Params({
            action: "UpdateVirtualNode",
            version: "2018-08-08",
            protocol: "HTTPS",
            pathname: "/",
            method: "POST",
            authType: "AK",
            style: "RPC",
            reqBodyType: "formData",
            bodyType: "json",
        });
        return $tea.cast(await this.callApi(params, req, runtime), new UpdateVirtualNodeResponse({}));
    }
    /**
      * ## Usage notes
      * Only virtual nodes that are in the Ready state can be updated.
      *
      * @param request UpdateVirtualNodeRequest
      * @return UpdateVirtualNodeResponse
     */
    async updateVirtualNode(request) {
        let runtime = new $Util.RuntimeOptions({});
        return await this.updateVirtualNodeWithOptions(request, runtime);
    }
}
exports["default"] = Client;
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 8180:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
var Client = /** @class */ (function () {
    function Client() {
    }
    Client.getEndpointRules = function (product, regionId, endpointType, network, suffix) {
        var result;
        if (network && network.length && network != "public") {
            network = "-" + network;
        }
        else {
            network = "";
        }
        suffix = suffix || "";
        if (suffix.length) {
            suffix = "-" + suffix;
        }
        if (endpointType == "regional") {
            if (!regionId || !regionId.length) {
                throw new Error("RegionId is empty, please set a valid RegionId");
            }
            result = "" + product + suffix + network + "." + regionId + ".aliyuncs.com";
        }
        else {
            result = "" + product + suffix + network + ".aliyuncs.com";
        }
        return result;
    };
    return Client;
}());
exports["default"] = Client;
//# sourceMappingURL=client.js.map

/***/ })

};

//# sourceMappingURL=52.index.js.map